using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql;

/// <summary>How a query runs.</summary>
public sealed class SparqlQueryOptions
{
    /// <summary>
    /// Whether <c>graph.Query(text)</c> and <c>dataset.Query(text)</c> let the query use the data's prefixes without
    /// PREFIX lines (default true). A query's own PREFIX declarations always win.
    /// </summary>
    public bool UseDataPrefixes { get; set; } = true;

    /// <summary>Stops the query with <see cref="OperationCanceledException"/> after this long; null for no limit.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// Most solution rows (or CONSTRUCT triples) one query may keep in memory at once, summed over what it keeps:
    /// rows held for grouping, sorting, DISTINCT, hash joins and MINUS, and the materialised results. A query that
    /// needs more stops with a <see cref="SparqlEvaluationException"/> saying so. COUNT-only grouping keeps no rows.
    /// The default, <see cref="DefaultMaxRowsInMemory"/>, bounds a query to a few gigabytes; null means no limit.
    /// </summary>
    public long? MaxRowsInMemory { get; set; } = DefaultMaxRowsInMemory;

    /// <summary>The default of <see cref="MaxRowsInMemory"/>: 50 million rows.</summary>
    public const long DefaultMaxRowsInMemory = 50_000_000;

    /// <summary>
    /// Values for variables, substituted as terms before evaluation (the safe way to parameterise a query: no text
    /// is ever spliced into the query). Keys are variable names without '?'.
    /// </summary>
    public IDictionary<string, Term> Parameters { get; } = new Dictionary<string, Term>();

    /// <summary>The triples of a graph named by FROM / FROM NAMED that the dataset does not hold (a file, say); null, or a
    /// resolver returning null, means such graphs are empty. A <c>Graph</c> is a valid answer.</summary>
    public Func<NamedNode, IEnumerable<Triple>?>? GraphResolver { get; set; }
}
