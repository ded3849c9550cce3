namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Union: the left side's solutions, then the right side's.</summary>
internal sealed class UnionNode : PlanNode
{
    private readonly PlanNode _left;
    private readonly PlanNode _right;

    public UnionNode(PlanNode left, PlanNode right)
    {
        _left = left;
        _right = right;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var r in _left.Run(input, exec, graph)) yield return r;
        foreach (var r in _right.Run(input, exec, graph)) yield return r;
    }
}
