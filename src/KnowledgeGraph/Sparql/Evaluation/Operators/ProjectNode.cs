namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Project: keeps only the projected slots, so hidden and sub-select-local variables disappear.</summary>
internal sealed class ProjectNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly int[] _slots;

    public ProjectNode(PlanNode inner, int[] slots)
    {
        _inner = inner;
        _slots = slots;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var r in _inner.Run(input, exec, graph))
        {
            var row = new int[r.Length];
            foreach (var s in _slots) row[s] = r[s];
            yield return row;
        }
    }
}
