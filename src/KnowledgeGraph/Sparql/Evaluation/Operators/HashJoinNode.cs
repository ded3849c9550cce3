namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// Hash join: the right side runs once (with the join's own input), is hashed on the variables both sides always
/// bind, and each left solution probes it. Used when the right side does not benefit from substituted bindings
/// (no shared variables, or a sub-select / aggregate).
/// </summary>
internal sealed class HashJoinNode : PlanNode
{
    private readonly PlanNode _left;
    private readonly PlanNode _right;
    private readonly int[] _keySlots;

    public HashJoinNode(PlanNode left, PlanNode right, int[] keySlots)
    {
        _left = left;
        _right = right;
        _keySlots = keySlots;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        Dictionary<long, List<int[]>>? table = null;
        foreach (var l in _left.Run(input, exec, graph))
        {
            table ??= Build(input, exec, graph);
            if (!table.TryGetValue(Key(l), out var bucket)) continue;
            foreach (var r in bucket)
            {
                exec.Tick();
                if (Compatible(l, r)) yield return Merge(l, r);
            }
        }
    }

    private Dictionary<long, List<int[]>> Build(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var table = new Dictionary<long, List<int[]>>();
        foreach (var r in _right.Run(input, exec, graph))
        {
            exec.Tick();
            long k = Key(r);
            if (!table.TryGetValue(k, out var bucket)) table[k] = bucket = new List<int[]>();
            exec.Keep();
            bucket.Add(r);
        }
        return table;
    }

    private long Key(int[] row)
    {
        long h = 17;
        foreach (var s in _keySlots) h = h * 1_000_003 + row[s];
        return h;
    }
}
