using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>The state of one execution: dataset, term ids, cancellation, function context, per-run caches.</summary>
internal sealed class QueryExecution
{
    private int _tick;

    public QueryExecution(QueryDatasetView dataset, int slotCount, FunctionContext functions, CancellationToken token)
    {
        Dataset = dataset;
        Terms = new TermTable(dataset.Dictionary);
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

    public int[] NewRow() => new int[SlotCount];

    /// <summary>Answers SERVICE clauses; null keeps the query off the network.</summary>
    public ISparqlServiceClient? ServiceClient { get; init; }

    /// <summary>Solutions per SERVICE request.</summary>
    public int ServiceBatchSize { get; init; } = 100;
}

/// <summary>The graph a pattern is matched against: the default graph or one named graph.</summary>
internal sealed class ActiveGraph
{
    public ActiveGraph(TripleIndex? index) => Index = index;

    public TripleIndex? Index { get; }

    public TripleRange Match(int s, int p, int o) => Index is null ? TripleRange.Empty : Index.Match(s, p, o);
}
