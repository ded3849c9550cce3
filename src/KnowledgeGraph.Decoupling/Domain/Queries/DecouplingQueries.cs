using KnowledgeGraph.Building;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

/// <summary>
/// Typed questions over any graph written in the decoupling ontology, answered from the store's indexes
/// (<see cref="Graph.Match"/>) with the ontology's class and property hierarchy, returning records rather than
/// triples: actors by class, the events an actor takes part in, a timeline, the claims about a node, an actor's
/// neighbourhood, and the organizations that closed or moved research units out of a country.
/// </summary>
/// <example>
/// <code>
/// var q = new DecouplingQueries(DecouplingGraph.Load());
/// foreach (var company in q.ActorsOfClass(Dcp.Company)) Console.WriteLine(company);
/// foreach (var w in q.WithdrawalsFrom(Dcp.Resource("china"))) Console.WriteLine($"{w.Organization} {w.Kind} {w.Unit}");
/// </code>
/// </example>
/// <remarks>Thread safety: reads its graph through queries, each on one snapshot; safe to use from several threads at once.</remarks>
public sealed partial class DecouplingQueries
{
    private readonly Graph _graph;
    private readonly OntologyModel _model;

    /// <summary>Queries <paramref name="graph"/> with the given ontology, or the shipped one.</summary>
    public DecouplingQueries(Graph graph, Graph? ontology = null)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _model = ontology is null ? DecouplingGraph.SharedModel : new OntologyModel(ontology);
    }

    /// <summary>
    /// Every node whose type is <paramref name="cls"/> or a subclass of it (so <c>dcp:Organization</c> includes
    /// companies, labs, universities and government bodies), ordered by id.
    /// </summary>
    public IReadOnlyList<NodeInfo> ActorsOfClass(NamedNode cls)
    {
        ArgumentNullException.ThrowIfNull(cls);
        var found = new HashSet<Term>();
        foreach (var sub in _model.SubClassesOf(cls))
            foreach (var node in _graph.Subjects(Vocab.Rdf.Type, sub))
                found.Add(node);
        return found.OfType<NamedNode>().Select(Describe).OrderBy(n => n.Id ?? n.Iri.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The events <paramref name="actor"/> takes part in, in any role: agent, target, affected party, announcer,
    /// closed or founded organization, place, … (any property from an event to the actor), ordered by time.
    /// </summary>
    public IReadOnlyList<EventInvolvement> EventsInvolving(NamedNode actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = new Dictionary<NamedNode, List<NamedNode>>();
        foreach (var t in _graph.Match(null, null, actor))
            if (t.Subject is NamedNode e && IsEvent(e))
            {
                if (!roles.TryGetValue(e, out var list)) roles[e] = list = [];
                if (!list.Contains(t.Predicate)) list.Add(t.Predicate);
            }
        return roles
            .Select(kv => new EventInvolvement(DescribeEvent(kv.Key), kv.Value.OrderBy(p => p.Value, StringComparer.Ordinal).ToList()))
            .OrderBy(i => i.Event, TimelineOrder.Instance)
            .ToList();
    }

    /// <summary>
    /// The claims about <paramref name="node"/>, with their article, quoted text, hedging and speaker, in the
    /// order of their ids.
    /// </summary>
    public IReadOnlyList<ClaimInfo> ClaimsAbout(Term node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _graph.Subjects(Dcp.About, node).OfType<NamedNode>().Distinct()
            .OrderBy(c => c.Value, NaturalOrder.Instance)
            .Select(DescribeClaim)
            .ToList();
    }

    /// <summary>Every claim whose speaker is a <c>dcp:AnonymousSource</c> (or a subclass).</summary>
    public IReadOnlyList<ClaimInfo> ClaimsFromAnonymousSources()
    {
        var anonymous = _model.SubClassesOf(Dcp.AnonymousSource);
        return _graph.Match(null, ExternalVocab.ProvWasAttributedTo)
            .Where(t => HasTypeIn(t.Object, anonymous))
            .Select(t => t.Subject).OfType<NamedNode>().Distinct()
            .OrderBy(c => c.Value, NaturalOrder.Instance)
            .Select(DescribeClaim)
            .ToList();
    }

    /// <summary>
    /// The organizations that closed research units in <paramref name="country"/> (or in a place it contains) or moved
    /// staff or R&amp;D out of it: closures of a <c>dcp:ResearchLab</c> based there, and relocations from there.
    /// When a closure names no agent, the unit's parent organization is taken as the one that closed it.
    /// </summary>
    public IReadOnlyList<Withdrawal> WithdrawalsFrom(NamedNode country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var result = new List<Withdrawal>();
        foreach (var closure in InstancesOf(Dcp.Closure))
            foreach (var unit in Values(closure, Dcp.ClosedOrganization).OfType<NamedNode>())
            {
                if (!HasTypeIn(unit, _model.SubClassesOf(Dcp.ResearchLab)) || !IsLocatedIn(unit, country)) continue;
                var agents = Values(closure, Dcp.AgentProperty).OfType<NamedNode>().ToList();
                if (agents.Count == 0) agents = _graph.Objects(unit, Dcp.ParentOrganization).OfType<NamedNode>().ToList();
                foreach (var agent in agents)
                    result.Add(new Withdrawal(Describe(agent), Describe(unit), DescribeEvent(closure), WithdrawalKind.Closure));
            }
        foreach (var relocation in InstancesOf(Dcp.Relocation))
        {
            if (!Values(relocation, Dcp.FromPlace).Any(p => p is NamedNode place && IsWithin(place, country))) continue;
            var unit = Values(relocation, Dcp.Affected).OfType<NamedNode>().FirstOrDefault(u => HasTypeIn(u, _model.SubClassesOf(Dcp.Organization)));
            foreach (var agent in Values(relocation, Dcp.AgentProperty).OfType<NamedNode>())
                result.Add(new Withdrawal(Describe(agent), unit is null ? null : Describe(unit), DescribeEvent(relocation), WithdrawalKind.Relocation));
        }
        return result
            .OrderBy(w => w.Event, TimelineOrder.Instance)
            .ThenBy(w => w.Organization.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A node's id, most specific class, labels and Wikidata item.</summary>
    public NodeInfo Describe(NamedNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string? en = null, zh = null;
        foreach (var label in _graph.Objects(node, ExternalVocab.SkosPrefLabel).OfType<Literal>())
        {
            if (string.Equals(label.Language, "en", StringComparison.OrdinalIgnoreCase)) en ??= label.LexicalForm;
            else if (string.Equals(label.Language, "zh-Hans", StringComparison.OrdinalIgnoreCase)) zh ??= label.LexicalForm;
        }
        var wikidata = _graph.Objects(node, ExternalVocab.SchemaSameAs).OfType<NamedNode>()
            .Select(n => n.Value).FirstOrDefault(v => v.StartsWith(ExternalVocab.WikidataNs, StringComparison.Ordinal));
        return new NodeInfo(node, Dcp.IdOf(node), MostSpecificClass(node), en, zh, wikidata?[ExternalVocab.WikidataNs.Length..]);
    }

    private EventInfo DescribeEvent(NamedNode e)
    {
        EdtfDate? time = null;
        foreach (var t in _graph.Objects(e, Dcp.HasTime))
            foreach (var text in _graph.Objects(t, Dcp.Edtf).OfType<Literal>())
                if (EdtfDate.TryParse(text.LexicalForm, out var parsed)) time ??= parsed;
        var status = _graph.Objects(e, Dcp.Status).OfType<NamedNode>().FirstOrDefault();
        return new EventInfo(Describe(e), time, status);
    }

    private ClaimInfo DescribeClaim(NamedNode claim)
    {
        var about = _graph.Objects(claim, Dcp.About).OfType<NamedNode>().OrderBy(n => n.Value, StringComparer.Ordinal).ToList();
        var article = _graph.Objects(claim, Dcp.StatedIn).OfType<NamedNode>().FirstOrDefault();
        var text = _graph.Objects(claim, Dcp.OriginalText).OfType<Literal>().FirstOrDefault()?.LexicalForm;
        var hedging = _graph.Objects(claim, Dcp.Hedging).OfType<NamedNode>().FirstOrDefault();
        var speaker = _graph.Objects(claim, ExternalVocab.ProvWasAttributedTo).OfType<NamedNode>().FirstOrDefault();
        var summary = _graph.Objects(claim, Vocab.Rdfs.Comment).OfType<Literal>().FirstOrDefault()?.LexicalForm;
        bool anonymous = speaker is not null && HasTypeIn(speaker, _model.SubClassesOf(Dcp.AnonymousSource));
        return new ClaimInfo(claim, about, article, text, hedging, speaker is null ? null : Describe(speaker), anonymous, summary);
    }

    private NamedNode? MostSpecificClass(NamedNode node)
    {
        var types = _graph.Objects(node, Vocab.Rdf.Type).OfType<NamedNode>().ToList();
        // The most specific type is the one with the most superclasses; ties go to the dcp: type, then by IRI.
        return types
            .OrderByDescending(t => t.Value.StartsWith(Dcp.Namespace, StringComparison.Ordinal))
            .ThenByDescending(t => _model.SuperClassesOf(t).Count)
            .ThenBy(t => t.Value, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private IEnumerable<NamedNode> InstancesOf(NamedNode cls) =>
        _model.SubClassesOf(cls).SelectMany(c => _graph.Subjects(Vocab.Rdf.Type, c)).OfType<NamedNode>().Distinct();

    /// <summary>Values of a property or any of its subproperties.</summary>
    private IEnumerable<Term> Values(Term subject, NamedNode property) =>
        _model.SubPropertiesOf(property).SelectMany(p => _graph.Objects(subject, p)).Distinct();

    private bool IsEvent(Term node) => HasTypeIn(node, _model.SubClassesOf(Dcp.Event));

    private bool HasTypeIn(Term node, IReadOnlySet<NamedNode> classes) =>
        _graph.Objects(node, Vocab.Rdf.Type).Any(t => t is NamedNode n && classes.Contains(n));

    private bool IsLocatedIn(NamedNode agent, NamedNode country) =>
        Values(agent, Dcp.BasedIn).Any(p => p is NamedNode place && IsWithin(place, country));

    /// <summary>True when <paramref name="place"/> is <paramref name="country"/> or contained in it through any
    /// number of <c>dcp:containedInPlace</c> links (breadth-first, so cycles end).</summary>
    private bool IsWithin(NamedNode place, NamedNode country)
    {
        var seen = new HashSet<Term> { place };
        var queue = new Queue<Term>([place]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current.Equals(country)) return true;
            foreach (var outer in Values(current, Dcp.ContainedInPlace))
                if (seen.Add(outer)) queue.Enqueue(outer);
        }
        return false;
    }
}
