namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// Minus: drops each left solution that is compatible with some right solution sharing at least one bound
/// variable. The right side is evaluated once; its solutions are grouped by which variables they bind, and each
/// group is hashed on the variables a left solution shares with it, so a probe costs one lookup per group.
/// </summary>
internal sealed class MinusNode : PlanNode
{
    private readonly PlanNode _left;
    private readonly PlanNode _right;

    public MinusNode(PlanNode left, PlanNode right)
    {
        _left = left;
        _right = right;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        List<Shape>? shapes = null;
        foreach (var l in _left.Run(input, exec, graph))
        {
            shapes ??= Shapes(_right.Run(new int[input.Length], exec, graph), exec);
            if (!Excluded(l, shapes, exec)) yield return l;
        }
    }

    /// <summary>Right solutions that bind the same variables.</summary>
    private sealed class Shape
    {
        public required int[] Bound { get; init; }
        public List<int[]> Rows { get; } = new();
        public Dictionary<string, Dictionary<long, List<int[]>>> Indexes { get; } = new();
    }

    private static List<Shape> Shapes(IEnumerable<int[]> rows, QueryExecution exec)
    {
        var shapes = new Dictionary<string, Shape>();
        foreach (var r in rows)
        {
            exec.Tick();
            var bound = Enumerable.Range(0, r.Length).Where(i => r[i] != 0).ToArray();
            var key = string.Join(",", bound);
            if (!shapes.TryGetValue(key, out var shape)) shapes[key] = shape = new Shape { Bound = bound };
            exec.Keep();
            shape.Rows.Add(r);
        }
        return shapes.Values.ToList();
    }

    private static bool Excluded(int[] l, List<Shape> shapes, QueryExecution exec)
    {
        foreach (var shape in shapes)
        {
            var shared = shape.Bound.Where(i => l[i] != 0).ToArray();
            if (shared.Length == 0) continue;
            var indexKey = string.Join(",", shared);
            if (!shape.Indexes.TryGetValue(indexKey, out var index))
            {
                index = new Dictionary<long, List<int[]>>();
                foreach (var r in shape.Rows)
                {
                    long k = Key(r, shared);
                    if (!index.TryGetValue(k, out var bucket)) index[k] = bucket = new List<int[]>();
                    bucket.Add(r);
                }
                shape.Indexes[indexKey] = index;
            }
            if (!index.TryGetValue(Key(l, shared), out var candidates)) continue;
            foreach (var r in candidates)
            {
                exec.Tick();
                if (Compatible(l, r)) return true;
            }
        }
        return false;
    }

    private static long Key(int[] row, int[] slots)
    {
        long h = 17;
        foreach (var s in slots) h = h * 1_000_003 + row[s];
        return h;
    }
}
