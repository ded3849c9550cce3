using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// One validation run: the data graph, the shapes, and what is cached while validating (class instances,
/// conformance of nodes to shapes used by <c>sh:node</c>, <c>sh:not</c>, … ). Not thread-safe; one per run.
/// </summary>
/// <remarks>
/// The engine, the shapes reader and the constraint components (<c>*Constraints.cs</c>, <c>Sparql*.cs</c>) share one
/// namespace on purpose: the logical and shape-based components validate nested shapes through the engine, and the
/// reader builds the components, so as separate namespaces they could only form a cycle.
/// </remarks>
internal sealed class ValidationEngine
{
    private readonly Dictionary<(Term Node, Shape Shape), bool> _conforms = new();
    private readonly HashSet<(Term Node, Shape Shape)> _inProgress = new();
    private readonly Dictionary<Term, HashSet<Term>> _subClassesOf = new();
    private Dataset? _dataset;

    public ValidationEngine(Graph data, ShapesGraph shapes, CancellationToken cancellationToken)
    {
        Data = data;
        Shapes = shapes;
        Token = cancellationToken;
    }

    public Graph Data { get; }

    public ShapesGraph Shapes { get; }

    public CancellationToken Token { get; }

    /// <summary>The name under which <c>$shapesGraph</c> queries find the shapes graph.</summary>
    public static readonly NamedNode ShapesGraphName = NamedNode.CreateUnchecked("urn:x-kg:shacl:shapes-graph");

    /// <summary>The data graph as default graph with the shapes graph as a named graph, built on first use by a
    /// query that mentions <c>$shapesGraph</c>.</summary>
    public Dataset Dataset
    {
        get
        {
            if (_dataset is null)
            {
                _dataset = new Dataset();
                _dataset.DefaultGraph.AddRange(Data);
                _dataset.GetOrCreateGraph(ShapesGraphName).AddRange(Shapes.Graph);
            }
            return _dataset;
        }
    }

    /// <summary>Validates every target of every shape; the results in shape order.</summary>
    public List<ValidationResult> Run()
    {
        var results = new List<ValidationResult>();
        foreach (var shape in Shapes.TargetedShapes)
        {
            if (shape.Deactivated) continue;
            var seen = new HashSet<Term>();
            foreach (var target in shape.Targets)
                foreach (var focus in target.Select(this))
                {
                    Token.ThrowIfCancellationRequested();
                    if (seen.Add(focus)) Validate(shape, focus, results);
                }
        }
        return results;
    }

    /// <summary>Validates <paramref name="focus"/> against <paramref name="shape"/>, adding its results.</summary>
    public void Validate(Shape shape, Term focus, List<ValidationResult> results)
    {
        if (shape.Deactivated) return;
        IReadOnlyList<Term> values = shape.Path is { } path ? path.Evaluate(Data, focus) : [focus];
        foreach (var constraint in shape.Constraints) constraint.Evaluate(this, shape, focus, values, results);
    }

    /// <summary>Whether <paramref name="node"/> conforms to <paramref name="shape"/> (no results at all). A shape
    /// reached again through its own recursion counts as conforming, so recursive shapes terminate.</summary>
    public bool Conforms(Term node, Shape shape)
    {
        var key = (node, shape);
        if (_conforms.TryGetValue(key, out bool known)) return known;
        if (!_inProgress.Add(key)) return true;
        var results = new List<ValidationResult>();
        try
        {
            Validate(shape, node, results);
        }
        finally
        {
            _inProgress.Remove(key);
        }
        bool conforms = results.Count == 0;
        _conforms[key] = conforms;
        return conforms;
    }

    /// <summary>The SHACL instances of <paramref name="cls"/>: nodes typed with it or one of its subclasses.</summary>
    public IEnumerable<Term> InstancesOf(Term cls)
    {
        var seen = new HashSet<Term>();
        foreach (var c in SubClassesOf(cls))
            foreach (var s in Data.Subjects(Vocab.Rdf.Type, c))
                if (seen.Add(s)) yield return s;
    }

    /// <summary>Whether <paramref name="node"/> is a SHACL instance of <paramref name="cls"/>.</summary>
    public bool IsInstanceOf(Term node, Term cls)
    {
        if (node is Literal) return false;
        var classes = SubClassesOf(cls);
        foreach (var type in Data.Objects(node, Vocab.Rdf.Type))
            if (classes.Contains(type)) return true;
        return false;
    }

    /// <summary><paramref name="cls"/> and its transitive subclasses in the data graph.</summary>
    private HashSet<Term> SubClassesOf(Term cls)
    {
        if (_subClassesOf.TryGetValue(cls, out var set)) return set;
        set = [cls];
        var queue = new Queue<Term>([cls]);
        while (queue.Count > 0)
            foreach (var sub in Data.Subjects(Vocab.Rdfs.SubClassOf, queue.Dequeue()))
                if (set.Add(sub)) queue.Enqueue(sub);
        _subClassesOf[cls] = set;
        return set;
    }
}
