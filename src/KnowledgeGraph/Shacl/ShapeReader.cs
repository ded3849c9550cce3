using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// Reads shapes from a shapes graph (SHACL §2.1): declared node and property shapes, subjects of targets, and every
/// node used as a shape by <c>sh:node</c>, <c>sh:property</c>, <c>sh:not</c>, <c>sh:and</c>, … Shapes are created
/// on first reference, so recursive shapes read fine.
/// </summary>
internal sealed class ShapeReader
{
    private static readonly NamedNode RdfsClass = Vocab.Rdfs.Class;
    private static readonly NamedNode OwlClass = NamedNode.CreateUnchecked("http://www.w3.org/2002/07/owl#Class");
    private readonly Dictionary<Term, Shape> _shapes = new();
    private IReadOnlyList<SparqlComponent>? _components;
    private readonly Queue<Action> _pending = new();

    public ShapeReader(Graph graph) => Graph = graph;

    public Graph Graph { get; }

    public int Count => _shapes.Count;

    /// <summary>The SPARQL-based constraint components the shapes graph declares.</summary>
    public IReadOnlyList<SparqlComponent> Components => _components ??= SparqlComponent.ReadAll(this);

    /// <summary>Reads every shape; returns those with targets.</summary>
    public IReadOnlyList<Shape> ReadAll()
    {
        var candidates = new List<Term>();
        foreach (var type in new[] { Sh.NodeShape, Sh.PropertyShape })
            candidates.AddRange(Graph.Subjects(Vocab.Rdf.Type, type));
        foreach (var p in new[] { Sh.TargetNode, Sh.TargetClass, Sh.TargetSubjectsOf, Sh.TargetObjectsOf, Sh.Target })
            candidates.AddRange(Graph.Match(null, p).Select(t => t.Subject));
        var targeted = new List<Shape>();
        var seen = new HashSet<Shape>();
        foreach (var node in candidates.Distinct())
        {
            var shape = GetShape(node);
            if (shape.Targets.Count > 0 && seen.Add(shape)) targeted.Add(shape);
        }
        while (_pending.Count > 0) _pending.Dequeue()();
        return targeted;
    }

    /// <summary>Runs <paramref name="resolve"/> after every shape is read (for constraints that refer to other
    /// shapes' structure, like disjoint qualified value shapes).</summary>
    public void ResolveLater(Action resolve) => _pending.Enqueue(resolve);

    /// <summary>The shape for <paramref name="node"/>, read on first use.</summary>
    public Shape GetShape(Term node)
    {
        if (_shapes.TryGetValue(node, out var shape)) return shape;
        shape = new Shape(node);
        _shapes[node] = shape;
        if (One(node, Sh.Path) is { } path) shape.Path = PathReader.Read(Graph, path);
        shape.Deactivated = Objects(node, Sh.Deactivated).Any(IsTrue);
        if (One(node, Sh.Severity) is NamedNode severity) shape.Severity = severity;
        shape.Messages.AddRange(Objects(node, Sh.Message).OfType<Literal>());
        ReadTargets(shape);
        ValueTypeConstraints.Read(this, shape);
        CardinalityConstraints.Read(this, shape);
        ValueRangeConstraints.Read(this, shape);
        StringConstraints.Read(this, shape);
        PropertyPairConstraints.Read(this, shape);
        LogicalConstraints.Read(this, shape);
        ShapeBasedConstraints.Read(this, shape);
        OtherConstraints.Read(this, shape);
        SparqlConstraint.Read(this, shape);
        foreach (var component in Components) component.AddTo(this, shape);
        return shape;
    }

    private void ReadTargets(Shape shape)
    {
        var node = shape.Node;
        foreach (var n in Objects(node, Sh.TargetNode)) shape.Targets.Add(new NodeTarget(n));
        foreach (var c in Objects(node, Sh.TargetClass)) shape.Targets.Add(new ClassTarget(c));
        foreach (var p in Objects(node, Sh.TargetSubjectsOf).OfType<NamedNode>()) shape.Targets.Add(new SubjectsOfTarget(p));
        foreach (var p in Objects(node, Sh.TargetObjectsOf).OfType<NamedNode>()) shape.Targets.Add(new ObjectsOfTarget(p));
        foreach (var t in Objects(node, Sh.Target))
            if (One(t, Sh.Select) is Literal select)
                shape.Targets.Add(new SparqlTarget(SparqlTemplate.Create(this, t, select.LexicalForm, null, SparqlTemplate.Kind.Target)));
        bool isClass = IsSubClassInstance(node, RdfsClass) || Graph.Contains(new Triple(node, Vocab.Rdf.Type, OwlClass));
        bool isShape = Graph.Contains(new Triple(node, Vocab.Rdf.Type, Sh.NodeShape)) || Graph.Contains(new Triple(node, Vocab.Rdf.Type, Sh.PropertyShape));
        if (isClass && isShape) shape.Targets.Add(new ClassTarget(node));
    }

    /// <summary>The SHACL instances of <paramref name="cls"/> in the shapes graph (typed with it or a subclass).</summary>
    public IEnumerable<Term> InstancesOf(Term cls)
    {
        var classes = new HashSet<Term> { cls };
        var queue = new Queue<Term>([cls]);
        while (queue.Count > 0)
            foreach (var sub in Graph.Subjects(Vocab.Rdfs.SubClassOf, queue.Dequeue()))
                if (classes.Add(sub)) queue.Enqueue(sub);
        return classes.SelectMany(c => Graph.Subjects(Vocab.Rdf.Type, c)).Distinct();
    }

    private bool IsSubClassInstance(Term node, Term cls)
    {
        var classes = new HashSet<Term> { cls };
        var queue = new Queue<Term>([cls]);
        while (queue.Count > 0)
            foreach (var sub in Graph.Subjects(Vocab.Rdfs.SubClassOf, queue.Dequeue()))
                if (classes.Add(sub)) queue.Enqueue(sub);
        return Graph.Objects(node, Vocab.Rdf.Type).Any(classes.Contains);
    }

    public IEnumerable<Term> Objects(Term node, NamedNode predicate) => Graph.Objects(node, predicate);

    public Term? One(Term node, NamedNode predicate) => Graph.Objects(node, predicate).FirstOrDefault();

    public List<Term> List(Term head) => ReadList(Graph, head);

    /// <summary>Only the literal <c>true</c> switches a boolean parameter on: the suite (uniqueLang-002) treats
    /// <c>"1"^^xsd:boolean</c> as not a valid value of <c>sh:uniqueLang</c>.</summary>
    public static bool IsTrue(Term t) => t is Literal { LexicalForm: "true" } l && l.Datatype.Equals(Vocab.Xsd.Boolean);

    public static int Int(Term t) =>
        t is Literal l && long.TryParse(l.LexicalForm, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long v)
            ? (int)Math.Clamp(v, int.MinValue, int.MaxValue)
            : throw new ShaclException($"{t} is not an integer.");

    /// <summary>The members of the RDF list at <paramref name="head"/>; a cycle or a missing <c>rdf:first</c> is a failure.</summary>
    public static List<Term> ReadList(Graph graph, Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        while (!head.Equals(Vocab.Rdf.Nil))
        {
            if (!seen.Add(head)) throw new ShaclException($"The list at {head} is cyclic.");
            var first = graph.Objects(head, Vocab.Rdf.First).FirstOrDefault()
                ?? throw new ShaclException($"{head} is used as a list but has no rdf:first.");
            items.Add(first);
            head = graph.Objects(head, Vocab.Rdf.Rest).FirstOrDefault()
                ?? throw new ShaclException($"{head} is used as a list but has no rdf:rest.");
        }
        return items;
    }
}
