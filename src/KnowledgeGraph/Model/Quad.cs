namespace KnowledgeGraph.Model;

/// <summary>
/// A triple in a graph of an RDF dataset (<see href="https://www.w3.org/TR/rdf11-concepts/#section-dataset">RDF 1.1 Concepts, datasets</see>).
/// <see cref="Graph"/> is null for the default graph, else an IRI or a blank node.
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public readonly record struct Quad
{
    /// <summary>Creates a quad.</summary>
    /// <exception cref="ArgumentException">The subject or the graph name is a literal.</exception>
    public Quad(Term subject, NamedNode predicate, Term @object, Term? graph = null)
    {
        Triple = new Triple(subject, predicate, @object);
        if (graph is not null && graph.IsLiteral) throw new ArgumentException("A graph name cannot be a literal.", nameof(graph));
        Graph = graph;
    }

    /// <summary>Creates a quad from a triple and a graph name (null for the default graph).</summary>
    public Quad(Triple triple, Term? graph = null)
    {
        if (graph is not null && graph.IsLiteral) throw new ArgumentException("A graph name cannot be a literal.", nameof(graph));
        Triple = triple;
        Graph = graph;
    }

    /// <summary>The triple.</summary>
    public Triple Triple { get; }

    /// <summary>The graph name, or null for the default graph.</summary>
    public Term? Graph { get; }

    /// <summary>The subject.</summary>
    public Term Subject => Triple.Subject;

    /// <summary>The predicate.</summary>
    public NamedNode Predicate => Triple.Predicate;

    /// <summary>The object.</summary>
    public Term Object => Triple.Object;

    /// <summary>The quad as one N-Quads line without the newline.</summary>
    public override string ToString() => Graph is null ? Triple.ToString() : $"{Subject} {Predicate} {Object} {Graph} .";
}
