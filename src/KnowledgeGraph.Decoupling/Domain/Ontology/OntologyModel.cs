using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Domain;

/// <summary>
/// What the validator and the queries need to reason with an ontology graph: subclass and subproperty closures
/// (RDFS entailment over <c>rdfs:subClassOf</c>, <c>rdfs:subPropertyOf</c> and <c>owl:equivalentClass</c>), domains and
/// ranges (named classes or <c>owl:unionOf</c> lists), and the required-property restrictions on classes.
/// </summary>
internal sealed class OntologyModel
{
    private readonly Graph _ontology;
    private readonly Dictionary<NamedNode, HashSet<NamedNode>> _superClasses = [];
    private readonly Dictionary<NamedNode, HashSet<NamedNode>> _subClasses = [];
    private readonly Dictionary<NamedNode, HashSet<NamedNode>> _superProperties = [];
    private readonly Dictionary<NamedNode, HashSet<NamedNode>> _subProperties = [];

    public OntologyModel(Graph ontology)
    {
        _ontology = ontology ?? throw new ArgumentNullException(nameof(ontology));
        var directSuper = new Dictionary<NamedNode, List<NamedNode>>();
        foreach (var t in ontology.Match(null, Vocab.Rdfs.SubClassOf))
            if (t.Subject is NamedNode s && t.Object is NamedNode o) Link(directSuper, s, o);
        foreach (var t in ontology.Match(null, ExternalVocab.OwlEquivalentClass))
            if (t.Subject is NamedNode s && t.Object is NamedNode o)
            {
                Link(directSuper, s, o);
                Link(directSuper, o, s);
            }
        Close(directSuper, _superClasses, _subClasses);
        var directSuperProperty = new Dictionary<NamedNode, List<NamedNode>>();
        foreach (var t in ontology.Match(null, Vocab.Rdfs.SubPropertyOf))
            if (t.Subject is NamedNode s && t.Object is NamedNode o) Link(directSuperProperty, s, o);
        Close(directSuperProperty, _superProperties, _subProperties);
    }

    public Graph Graph => _ontology;

    /// <summary>The class and every class it is a subclass of.</summary>
    public IReadOnlySet<NamedNode> SuperClassesOf(NamedNode cls) =>
        _superClasses.TryGetValue(cls, out var s) ? s : new HashSet<NamedNode> { cls };

    /// <summary>The class and every class that is a subclass of it.</summary>
    public IReadOnlySet<NamedNode> SubClassesOf(NamedNode cls) =>
        _subClasses.TryGetValue(cls, out var s) ? s : new HashSet<NamedNode> { cls };

    /// <summary>The property and every property it is a subproperty of.</summary>
    public IReadOnlySet<NamedNode> SuperPropertiesOf(NamedNode property) =>
        _superProperties.TryGetValue(property, out var s) ? s : new HashSet<NamedNode> { property };

    /// <summary>The property and every property that is a subproperty of it.</summary>
    public IReadOnlySet<NamedNode> SubPropertiesOf(NamedNode property) =>
        _subProperties.TryGetValue(property, out var s) ? s : new HashSet<NamedNode> { property };

    /// <summary>True when the ontology says anything about the term (declares or describes it).</summary>
    public bool Defines(NamedNode term) => _ontology.CountMatches(term) > 0;

    public bool IsDatatypeProperty(NamedNode property) =>
        _ontology.Contains(new Triple(property, Vocab.Rdf.Type, ExternalVocab.OwlDatatypeProperty));

    /// <summary>The domains of a property and of its superproperties; each is a set of alternative classes.</summary>
    public IEnumerable<IReadOnlyList<NamedNode>> DomainsOf(NamedNode property) => ClassExpressions(property, Vocab.Rdfs.Domain);

    /// <summary>The ranges of a property and of its superproperties; each is a set of alternative classes.</summary>
    public IEnumerable<IReadOnlyList<NamedNode>> RangesOf(NamedNode property) => ClassExpressions(property, Vocab.Rdfs.Range);

    /// <summary>The required-property restrictions that apply to instances of <paramref name="cls"/>.</summary>
    public IEnumerable<Requirement> RequirementsOf(NamedNode cls)
    {
        foreach (var super in SuperClassesOf(cls))
            foreach (var restriction in _ontology.Objects(super, Vocab.Rdfs.SubClassOf))
            {
                if (restriction is NamedNode) continue;
                var onProperty = _ontology.Objects(restriction, ExternalVocab.OwlOnProperty).FirstOrDefault();
                bool inverse = false;
                if (onProperty is BlankNode b)
                {
                    onProperty = _ontology.Objects(b, ExternalVocab.OwlInverseOf).FirstOrDefault();
                    inverse = true;
                }
                if (onProperty is not NamedNode property) continue;
                var some = _ontology.Objects(restriction, ExternalVocab.OwlSomeValuesFrom).FirstOrDefault() as NamedNode;
                int min = some is not null ? 1 : 0;
                if (_ontology.Objects(restriction, ExternalVocab.OwlMinCardinality).FirstOrDefault() is Literal l
                    && int.TryParse(l.LexicalForm, out int n))
                    min = Math.Max(min, n);
                if (min > 0) yield return new Requirement(super, property, inverse, min, some);
            }
    }

    private IEnumerable<IReadOnlyList<NamedNode>> ClassExpressions(NamedNode property, NamedNode link)
    {
        foreach (var p in SuperPropertiesOf(property))
            foreach (var expr in _ontology.Objects(p, link))
            {
                if (expr is NamedNode n) yield return [n];
                else if (_ontology.Objects(expr, ExternalVocab.OwlUnionOf).FirstOrDefault() is Term list)
                    yield return ReadList(list);
            }
    }

    private List<NamedNode> ReadList(Term head)
    {
        var items = new List<NamedNode>();
        var seen = new HashSet<Term>();
        while (!Vocab.Rdf.Nil.Equals(head))
        {
            if (!seen.Add(head)) break; // a cyclic list; stop rather than loop forever
            if (_ontology.Objects(head, Vocab.Rdf.First).FirstOrDefault() is NamedNode item) items.Add(item);
            var rest = _ontology.Objects(head, Vocab.Rdf.Rest).FirstOrDefault();
            if (rest is null) break;
            head = rest;
        }
        return items;
    }

    private static void Link(Dictionary<NamedNode, List<NamedNode>> map, NamedNode from, NamedNode to)
    {
        if (!map.TryGetValue(from, out var list)) map[from] = list = [];
        list.Add(to);
    }

    /// <summary>Reflexive-transitive closure of a direct "is below" relation, in both directions; iterative, so
    /// deep or cyclic hierarchies cannot overflow the stack.</summary>
    private static void Close(Dictionary<NamedNode, List<NamedNode>> direct, Dictionary<NamedNode, HashSet<NamedNode>> up, Dictionary<NamedNode, HashSet<NamedNode>> down)
    {
        var all = direct.Keys.Concat(direct.Values.SelectMany(v => v)).Distinct().ToList();
        foreach (var start in all)
        {
            var reached = new HashSet<NamedNode> { start };
            var stack = new Stack<NamedNode>();
            stack.Push(start);
            while (stack.Count > 0)
                if (direct.TryGetValue(stack.Pop(), out var next))
                    foreach (var n in next)
                        if (reached.Add(n)) stack.Push(n);
            up[start] = reached;
            foreach (var r in reached)
            {
                if (!down.TryGetValue(r, out var set)) down[r] = set = [r];
                set.Add(start);
            }
        }
    }
}

/// <summary>An ontology restriction: instances of <paramref name="Class"/> need at least <paramref name="Min"/> values
/// of <paramref name="Property"/> (or, when <paramref name="Inverse"/>, nodes pointing at them with it), of class
/// <paramref name="ValueClass"/> when given.</summary>
internal sealed record Requirement(NamedNode Class, NamedNode Property, bool Inverse, int Min, NamedNode? ValueClass);
