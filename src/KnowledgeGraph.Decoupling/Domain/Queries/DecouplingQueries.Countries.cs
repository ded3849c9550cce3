using KnowledgeGraph.Building;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingQueries
{
    /// <summary>
    /// Every agent tied to <paramref name="country"/>, and how: a government body that governs it (<c>dcp:governs</c>),
    /// an organization or person based in it or in a place it contains (<c>dcp:basedIn</c>, then
    /// <c>dcp:containedInPlace</c> any number of times), or, for an agent the graph gives no place of its own, through
    /// the organizations it belongs to (<c>dcp:parentOrganization</c>) or works at (<c>dcp:worksFor</c>,
    /// <c>dcp:heads</c>, <c>dcp:affiliatedWith</c>). An agent with a place of its own is tied only by that place.
    /// Ordered by id.
    /// </summary>
    /// <param name="country">The country's node in the graph (<c>dcpr:china</c>) or its Wikidata item
    /// (<c>http://www.wikidata.org/entity/Q148</c>), which is matched through <c>schema:sameAs</c>.</param>
    public IReadOnlyList<CountryActor> ActorsByCountry(NamedNode country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var place = ResolvePlace(country);
        return InstancesOf(Dcp.Agent)
            .Select(agent => TieTo(agent, place))
            .OfType<CountryActor>()
            .OrderBy(a => a.Actor.Id ?? a.Actor.Iri.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The policy measures (<c>dcp:PolicyMeasure</c>) whose agent is tied to <paramref name="country"/> as
    /// <see cref="ActorsByCountry"/> ties it (for a government, the country it governs), one entry per measure and
    /// agent, ordered by time and then id: "which measures did the United States take?"
    /// </summary>
    /// <param name="country">The country's node in the graph or its Wikidata item, as for <see cref="ActorsByCountry"/>.</param>
    public IReadOnlyList<CountryMeasure> MeasuresByCountry(NamedNode country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var place = ResolvePlace(country);
        var result = new List<CountryMeasure>();
        foreach (var measure in InstancesOf(Dcp.PolicyMeasure))
            foreach (var agent in Values(measure, Dcp.AgentProperty).OfType<NamedNode>())
                if (TieTo(agent, place) is { } tie)
                {
                    var kind = _graph.Objects(measure, Dcp.EventTypeProperty).OfType<NamedNode>().FirstOrDefault();
                    var targets = Values(measure, Dcp.Target).OfType<NamedNode>()
                        .OrderBy(t => t.Value, StringComparer.Ordinal).Select(Describe).ToList();
                    result.Add(new CountryMeasure(DescribeEvent(measure), kind, tie, targets));
                }
        return result
            .OrderBy(m => m.Measure, TimelineOrder.Instance)
            .ThenBy(m => m.Measure.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The graph's node for a place given as itself or as its Wikidata item (through <c>schema:sameAs</c>).</summary>
    private NamedNode ResolvePlace(NamedNode place)
    {
        if (!place.Value.StartsWith(ExternalVocab.WikidataNs, StringComparison.Ordinal)) return place;
        return _graph.Subjects(ExternalVocab.SchemaSameAs, place).OfType<NamedNode>()
            .Where(n => HasTypeIn(n, _model.SubClassesOf(Dcp.Place)))
            .OrderBy(n => n.Value, StringComparer.Ordinal)
            .FirstOrDefault() ?? place;
    }

    /// <summary>
    /// How <paramref name="agent"/> is tied to <paramref name="country"/>, or null. Breadth-first from the agent over
    /// the structural links between agents, so the shortest tie wins; an agent with a place of its own
    /// (<c>dcp:governs</c> or <c>dcp:basedIn</c>) is tied by that place and the search does not go past it.
    /// </summary>
    private CountryActor? TieTo(NamedNode agent, NamedNode country)
    {
        var seen = new HashSet<NamedNode> { agent };
        var queue = new Queue<(NamedNode Node, List<NamedNode> Via)>([(agent, [])]);
        while (queue.Count > 0)
        {
            var (node, via) = queue.Dequeue();
            bool placed = false;
            foreach (var property in PlaceLinks)
                foreach (var place in Values(node, property).OfType<NamedNode>())
                {
                    placed = true;
                    if (IsWithin(place, country)) return new CountryActor(Describe(agent), Describe(place), [.. via, property]);
                }
            if (placed) continue;
            foreach (var link in MembershipLinks)
                foreach (var next in Values(node, link).OfType<NamedNode>())
                    if (seen.Add(next)) queue.Enqueue((next, [.. via, link]));
        }
        return null;
    }

    /// <summary>The links that give an agent a place of its own, the governed country first.</summary>
    private static readonly NamedNode[] PlaceLinks = [Dcp.Governs, Dcp.BasedIn];

    /// <summary>The links from an agent to the organizations it belongs to, followed when it has no place of its own.</summary>
    private static readonly NamedNode[] MembershipLinks = [Dcp.ParentOrganization, Dcp.WorksFor, Dcp.Heads, Dcp.AffiliatedWith];
}
