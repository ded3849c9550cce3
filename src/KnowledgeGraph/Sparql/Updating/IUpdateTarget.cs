using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Updating;

/// <summary>
/// What the update executor needs from a graph store, at the level of term ids (as the store's write transaction
/// offers it): term ids, quads added and removed, graphs created, cleared and dropped, and a WHERE pattern evaluated
/// over the current state. Graph 0 is the default graph; any other graph is the id of its name. Implementations
/// decide how a request becomes atomic (an undo log over an in-memory dataset; a write transaction over a store).
/// </summary>
internal interface IUpdateTarget
{
    bool TryGetId(Term term, out int id);

    int GetOrAddId(Term term);

    Term GetTerm(int id);

    TermKind KindOf(int id);

    /// <summary>The ids of the named graphs' names.</summary>
    IReadOnlyList<int> NamedGraphIds { get; }

    /// <summary>Whether the named graph exists (possibly empty); the default graph always does.</summary>
    bool HasGraph(int graph);

    /// <summary>
    /// The solutions of <paramref name="pattern"/> for <paramref name="variables"/>, over the dataset that WITH and
    /// USING / USING NAMED describe (§3.1.3), computed in full before the caller changes anything.
    /// </summary>
    UpdateSolutions Evaluate(AlgebraNode pattern, NamedNode? with, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamed,
        IReadOnlyList<string> variables, UpdateContext context);

    /// <summary>A copy of the triples of a graph (empty for a graph that does not exist).</summary>
    List<IdTriple> Triples(int graph);

    /// <summary>Adds a triple, creating the named graph when missing; false when it was present.</summary>
    bool Add(int graph, IdTriple triple);

    /// <summary>Removes a triple; false when it was absent (a missing graph is not created).</summary>
    bool Remove(int graph, IdTriple triple);

    /// <summary>Creates an empty named graph; false when it exists.</summary>
    bool CreateGraph(int graph);

    /// <summary>Removes a named graph and its triples; false when it did not exist.</summary>
    bool DropGraph(int graph);

    /// <summary>Removes every triple of a graph; the graph stays.</summary>
    void Clear(int graph);
}

/// <summary>
/// Solutions of a WHERE pattern, one id per requested variable: a positive id is the target's, 0 is unbound, and a
/// negative id is a term the query computed (BIND, a function), which <see cref="Decode"/> gives back.
/// </summary>
internal sealed record UpdateSolutions(List<int[]> Rows, Func<int, Term?> Decode);

/// <summary>What every operation of one execution shares: parameters, base IRI, cancellation.</summary>
internal sealed record UpdateContext(IReadOnlyDictionary<string, Term> Parameters, string? BaseIri, CancellationToken Token);
