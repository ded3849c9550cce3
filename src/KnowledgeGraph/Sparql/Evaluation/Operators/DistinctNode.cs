namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>DISTINCT: streams first occurrences.</summary>
internal sealed class DistinctNode : PlanNode
{
    private readonly PlanNode _inner;

    public DistinctNode(PlanNode inner) => _inner = inner;

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        var seen = new HashSet<int[]>(RowComparer.Instance);
        foreach (var r in _inner.Run(input, exec, graph))
            if (seen.Add(r)) yield return r;
    }
}
