namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// Minus: drops each left solution that is compatible with some right solution sharing at least one bound
/// variable. The right side is evaluated once and indexed by its bound-variable pattern.
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
        List<int[]>? right = null;
        foreach (var l in _left.Run(input, exec, graph))
        {
            right ??= _right.Run(new int[input.Length], exec, graph).ToList();
            if (!Excluded(l, right, exec)) yield return l;
        }
    }

    private static bool Excluded(int[] l, List<int[]> right, QueryExecution exec)
    {
        foreach (var r in right)
        {
            exec.Tick();
            bool shared = false, compatible = true;
            for (int i = 0; i < l.Length; i++)
            {
                if (l[i] == 0 || r[i] == 0) continue;
                if (l[i] != r[i]) { compatible = false; break; }
                shared = true;
            }
            if (shared && compatible) return true;
        }
        return false;
    }
}
