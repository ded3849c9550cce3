using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql;

/// <summary>How a query runs.</summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
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
    /// groups, rows held for sorting, DISTINCT, hash joins and MINUS, and the materialised results. A query that
    /// needs more stops with a <see cref="SparqlEvaluationException"/> saying so. Grouping keeps one entry per group,
    /// not its rows: COUNT, SUM, AVG, MIN, MAX and SAMPLE run as the solutions stream by; only the distinct values of
    /// a DISTINCT aggregate and the values GROUP_CONCAT joins count as kept.
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

    /// <summary>
    /// The protocol's <c>default-graph-uri</c> parameters: when this or <see cref="NamedGraphs"/> is not empty, the
    /// two replace the query's FROM and FROM NAMED (<see href="https://www.w3.org/TR/sparql11-protocol/#dataset">SPARQL 1.1
    /// Protocol §2.1.4</see>). Graphs the dataset does not hold go through <see cref="GraphResolver"/>, else are empty.
    /// </summary>
    public IList<NamedNode> DefaultGraphs { get; } = new List<NamedNode>();

    /// <summary>The protocol's <c>named-graph-uri</c> parameters; see <see cref="DefaultGraphs"/>.</summary>
    public IList<NamedNode> NamedGraphs { get; } = new List<NamedNode>();

    /// <summary>
    /// Answers SERVICE clauses. Null (the default) keeps queries off the network: SERVICE then fails with
    /// <see cref="SparqlEvaluationException"/>, and SERVICE SILENT has no effect.
    /// </summary>
    public ISparqlServiceClient? ServiceClient { get; set; }

    /// <summary>How many solutions go to a remote endpoint in one VALUES block; default 100.</summary>
    public int ServiceBatchSize { get; set; } = 100;
}
