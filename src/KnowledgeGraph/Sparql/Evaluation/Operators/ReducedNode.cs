namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>REDUCED: drops a solution equal to the one just before it (cheap and streaming).</summary>
internal sealed class ReducedNode : PlanNode
{
    private readonly PlanNode _inner;

    public ReducedNode(PlanNode inner) => _inner = inner;

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        int[]? previous = null;
        foreach (var r in _inner.Run(input, exec, graph))
        {
            if (previous is not null && RowComparer.Instance.Equals(previous, r)) continue;
            previous = r;
            yield return r;
        }
    }
}
