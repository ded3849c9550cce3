using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>The state of one execution: dataset, term ids, cancellation, function context, per-run caches.</summary>
internal sealed class QueryExecution
{
    private int _tick;
    private long _kept;

    public QueryExecution(QueryDatasetView dataset, TermTable terms, int slotCount, FunctionContext functions, CancellationToken token, long? maxRowsInMemory = null)
    {
        MaxRowsInMemory = maxRowsInMemory ?? long.MaxValue;
        Dataset = dataset;
        Terms = terms;
        SlotCount = slotCount;
        Functions = functions;
        Token = token;
    }

    public QueryDatasetView Dataset { get; }

    public TermTable Terms { get; }

    public int SlotCount { get; }

    public FunctionContext Functions { get; }

    public CancellationToken Token { get; }

    /// <summary>Results of input-independent sub-plans, computed once per execution.</summary>
    public Dictionary<PlanNode, List<int[]>> Cache { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Values of an operator's expression by the id of the one variable it reads (see ExtendNode).</summary>
    public Dictionary<int, int> Memo(PlanNode node)
    {
        if (!_memos.TryGetValue(node, out var memo)) _memos[node] = memo = new Dictionary<int, int>();
        return memo;
    }

    private readonly Dictionary<PlanNode, Dictionary<int, int>> _memos = new(ReferenceEqualityComparer.Instance);

    /// <summary>Above zero while evaluating EXISTS, whose pattern sees the current solution substituted (§18.6).</summary>
    public int SubstituteDepth;

    /// <summary>BNODE(str) results, keyed by solution and string, so one solution maps a string to one blank node.</summary>
    public Dictionary<string, Model.BlankNode> BlankNodes { get; } = new();

    /// <summary>Cheap cancellation check for inner loops: looks at the token every 256 calls.</summary>
    public void Tick()
    {
        if ((++_tick & 0xFF) == 0) Token.ThrowIfCancellationRequested();
    }

    /// <summary>The bound of <see cref="SparqlQueryOptions.MaxRowsInMemory"/>.</summary>
    public long MaxRowsInMemory { get; }

    /// <summary>Counts one more row (or triple) kept in memory; past the bound the query stops with a clear error.</summary>
    public void Keep()
    {
        if (++_kept > MaxRowsInMemory)
            throw new SparqlEvaluationException(
                $"the query keeps more than {MaxRowsInMemory:N0} solutions in memory (for grouping, sorting, DISTINCT, joins or its results); " +
                "narrow it, add LIMIT, or raise SparqlQueryOptions.MaxRowsInMemory");
    }

    public int[] NewRow() => new int[SlotCount];

    /// <summary>Answers SERVICE clauses; null keeps the query off the network.</summary>
    public ISparqlServiceClient? ServiceClient { get; init; }

    /// <summary>Solutions per SERVICE request.</summary>
    public int ServiceBatchSize { get; init; } = 100;
}

/// <summary>The graph a pattern is matched against: the default graph or one named graph of the query's snapshot.</summary>
internal sealed class ActiveGraph
{
    private readonly TripleTable? _table;
    private readonly IStoreReader? _reader;
    private readonly int _graph;

    /// <summary>A graph with no triples (a graph the dataset does not have).</summary>
    public static readonly ActiveGraph Empty = new(TripleTable.Empty);

    public ActiveGraph(TripleTable table) => _table = table;

    public ActiveGraph(IStoreReader reader, int graph)
    {
        // An in-memory snapshot hands over its table, searched directly rather than through the interface.
        if (reader is ITableReader tables) _table = tables.Table(graph) ?? TripleTable.Empty;
        else
        {
            _reader = reader;
            _graph = graph;
        }
    }

    public TripleRange Match(int s, int p, int o) => _table is not null ? _table.Match(s, p, o) : _reader!.Match(_graph, s, p, o);
}
