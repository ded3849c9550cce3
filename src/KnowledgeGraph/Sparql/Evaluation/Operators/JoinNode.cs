namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Index nested-loop join: the right side runs once per left solution, with its bindings substituted.</summary>
internal sealed class JoinNode : PlanNode
{
    private readonly PlanNode _left;
    private readonly PlanNode _right;

    public JoinNode(PlanNode left, PlanNode right)
    {
        _left = left;
        _right = right;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var l in _left.Run(input, exec, graph))
            foreach (var r in _right.Run(l, exec, graph))
                yield return r;
    }
}
