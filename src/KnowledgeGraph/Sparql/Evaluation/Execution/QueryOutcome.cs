using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Evaluation.Execution;

/// <summary>
/// What evaluating a query produced, before it is shaped into the public answer: a boolean, result rows, or the
/// triples of a CONSTRUCT/DESCRIBE graph — as ids of a shared dictionary when every term came from the store (so
/// the graph is filled without re-encoding a term), else as terms.
/// </summary>
internal sealed class QueryOutcome
{
    public bool Boolean { get; init; }

    public SparqlResultSet? Rows { get; init; }

    public IReadOnlyList<Triple>? Triples { get; init; }

    public TermDictionary? SharedDictionary { get; init; }

    public IReadOnlyList<IdTriple>? IdTriples { get; init; }
}
