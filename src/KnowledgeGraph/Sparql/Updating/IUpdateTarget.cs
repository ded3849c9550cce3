using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Updating;

/// <summary>
/// What the update executor needs from a graph store: evaluate a WHERE pattern over the current state, change
/// quads, and create and drop graphs. A graph name of null is the default graph. Implementations decide how a
/// request becomes atomic (an undo log over an in-memory dataset; a write transaction over a store).
/// </summary>
internal interface IUpdateTarget
{
    /// <summary>The names of the named graphs.</summary>
    IReadOnlyList<Term> NamedGraphs { get; }

    /// <summary>Whether the named graph exists (possibly empty).</summary>
    bool HasGraph(Term name);

    /// <summary>
    /// The solutions of <paramref name="pattern"/> for <paramref name="variables"/>, over the dataset that WITH and
    /// USING / USING NAMED describe (§3.1.3), computed in full before the caller changes anything.
    /// </summary>
    List<Term?[]> Evaluate(AlgebraNode pattern, NamedNode? with, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamed,
        IReadOnlyList<string> variables, UpdateContext context);

    /// <summary>A copy of the triples of a graph (empty for a graph that does not exist).</summary>
    List<Triple> Triples(Term? graph);

    /// <summary>Adds a triple, creating the named graph when missing; false when it was present.</summary>
    bool Add(Term? graph, Triple triple);

    /// <summary>Removes a triple; false when it was absent (a missing graph is not created).</summary>
    bool Remove(Term? graph, Triple triple);

    /// <summary>Creates an empty named graph; false when it exists.</summary>
    bool CreateGraph(Term name);

    /// <summary>Removes a named graph and its triples; false when it did not exist.</summary>
    bool DropGraph(Term name);

    /// <summary>Removes every triple of a graph; the graph stays.</summary>
    void Clear(Term? graph);
}

/// <summary>What every operation of one execution shares: parameters, base IRI, cancellation.</summary>
internal sealed record UpdateContext(IReadOnlyDictionary<string, Term> Parameters, string? BaseIri, CancellationToken Token);
