using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Domain;

/// <summary>
/// Checks a graph against the decoupling ontology: the domain and range of every property the ontology describes,
/// the required properties its OWL restrictions state (including "every event has a claim about it" and "every claim
/// is stated in an article"), that every <c>dcp:</c> term used is defined, and that described nodes have a type.
/// Class membership uses the subclass closure; types come from the data and from the ontology (for its individuals).
/// </summary>
internal sealed class OntologyValidator
{
    private readonly Graph _data;
    private readonly OntologyModel _model;
    private readonly List<OntologyViolation> _violations = [];

    public OntologyValidator(Graph data, OntologyModel model)
    {
        _data = data;
        _model = model;
    }

    public IReadOnlyList<OntologyViolation> Run()
    {
        var subjects = new HashSet<Term>();
        foreach (var triple in _data)
        {
            subjects.Add(triple.Subject);
            if (triple.Predicate.Equals(Vocab.Rdf.Type)) CheckClassIsKnown(triple);
            else CheckProperty(triple);
        }
        foreach (var subject in subjects.OrderBy(s => s))
        {
            var types = Types(subject).ToList();
            if (types.Count == 0)
            {
                if (Dcp.IdOf(subject) is not null)
                    Report(ViolationKind.Untyped, subject, null, null, "has no rdf:type, so the ontology cannot check it.");
                continue;
            }
            foreach (var requirement in types.SelectMany(t => _model.RequirementsOf(t)).Distinct())
                CheckRequirement(subject, requirement);
        }
        return _violations;
    }

    private void CheckClassIsKnown(Triple triple)
    {
        if (triple.Object is NamedNode cls && IsDcp(cls) && !_model.Defines(cls))
            Report(ViolationKind.UnknownTerm, triple.Subject, Vocab.Rdf.Type, cls, $"is typed {Names.Compact(cls)}, which the ontology does not define.");
    }

    private void CheckProperty(Triple triple)
    {
        var (s, p, o) = triple;
        if (IsDcp(p) && !_model.Defines(p))
        {
            Report(ViolationKind.UnknownTerm, s, p, o, $"uses {Names.Compact(p)}, which the ontology does not define.");
            return;
        }
        foreach (var domain in _model.DomainsOf(p))
            if (!IsInstanceOfAny(s, domain))
                Report(ViolationKind.Domain, s, p, o,
                    $"has {Names.Compact(p)} but is not a {Names.Compact(domain)} (it is {Describe(s)}).");
        foreach (var range in _model.RangesOf(p))
            if (!ValueFits(o, range))
                Report(ViolationKind.Range, s, p, o,
                    $"has {Names.Compact(p)} {Names.Compact(o)}, which is not a {Names.Compact(range)} (it is {Describe(o)}).");
    }

    private void CheckRequirement(Term subject, Requirement r)
    {
        var properties = _model.SubPropertiesOf(r.Property);
        int count = 0;
        foreach (var p in properties)
        {
            var values = r.Inverse ? _data.Subjects(p, subject) : _data.Objects(subject, p);
            count += values.Count(v => (r.ValueClass is null || IsInstanceOfAny(v, [r.ValueClass])) && BacksWithSource(r, v));
            if (count >= r.Min) return;
        }
        var what = r.Inverse
            ? $"no {(r.ValueClass is null ? "node" : Names.Compact(r.ValueClass))} points at it with {Names.Compact(r.Property)}"
            : $"it has {count} {Names.Compact(r.Property)}{(r.ValueClass is null ? "" : " of class " + Names.Compact(r.ValueClass))}";
        var hint = IsClaimBacking(r) ? " (no claim with a source backs it)" : "";
        Report(ViolationKind.MissingProperty, subject, r.Property, null,
            $"a {Names.Compact(r.Class)} needs at least {r.Min} {(r.Inverse ? "inverse " : "")}{Names.Compact(r.Property)}, but {what}{hint}.");
    }

    /// <summary>"Some claim is about it" counts only claims that say where they are stated: an event must be backed
    /// by a claim with a source, not just by a claim.</summary>
    private bool BacksWithSource(Requirement r, Term claim) =>
        !IsClaimBacking(r) || _model.SubPropertiesOf(Dcp.StatedIn).Any(p => _data.CountMatches(claim, p) > 0);

    private static bool IsClaimBacking(Requirement r) => r.Inverse && r.Property.Equals(Dcp.About);

    private bool ValueFits(Term value, IReadOnlyList<NamedNode> range)
    {
        if (value is Literal literal) return range.Any(r => LiteralFits(literal, r));
        if (range.Any(IsDatatype)) return false;
        return IsInstanceOfAny(value, range);
    }

    private static bool LiteralFits(Literal literal, NamedNode range)
    {
        if (range.Value == Vocab.Rdfs.Namespace + "Literal") return true;
        if (range.Equals(Vocab.Rdf.LangString)) return literal.HasLanguage;
        return !literal.HasLanguage && literal.Datatype.Equals(range);
    }

    private static bool IsDatatype(NamedNode range) =>
        range.Value.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal)
        || range.Equals(Vocab.Rdf.LangString)
        || range.Value == Vocab.Rdfs.Namespace + "Literal";

    private bool IsInstanceOfAny(Term node, IReadOnlyList<NamedNode> classes)
    {
        foreach (var type in Types(node))
        {
            var supers = _model.SuperClassesOf(type);
            if (classes.Any(supers.Contains)) return true;
        }
        return false;
    }

    private IEnumerable<NamedNode> Types(Term node) =>
        node.IsLiteral
            ? []
            : _data.Objects(node, Vocab.Rdf.Type).Concat(_model.Graph.Objects(node, Vocab.Rdf.Type)).OfType<NamedNode>().Distinct();

    private string Describe(Term node)
    {
        if (node is Literal l) return l.HasLanguage ? "a language-tagged string" : "a literal of type " + Names.Compact(l.Datatype);
        var types = Types(node).ToList();
        return types.Count == 0 ? "untyped" : "a " + Names.Compact(types);
    }

    private static bool IsDcp(NamedNode term) => term.Value.StartsWith(Dcp.Namespace, StringComparison.Ordinal);

    private void Report(ViolationKind kind, Term focus, NamedNode? property, Term? value, string message) =>
        _violations.Add(new OntologyViolation(kind, focus, property, value, message));
}
