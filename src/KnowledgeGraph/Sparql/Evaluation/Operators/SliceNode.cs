namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>OFFSET / LIMIT: stops pulling from the inner operator once the limit is reached.</summary>
internal sealed class SliceNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly long _offset;
    private readonly long? _limit;

    public SliceNode(PlanNode inner, long offset, long? limit)
    {
        _inner = inner;
        _offset = offset;
        _limit = limit;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        if (_limit == 0) yield break;
        long skipped = 0, taken = 0;
        foreach (var r in _inner.Run(input, exec, graph))
        {
            if (skipped < _offset) { skipped++; exec.Tick(); continue; }
            yield return r;
            if (_limit is not null && ++taken >= _limit) yield break;
        }
    }
}
