namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// LeftJoin(Ω1, Ω2, expr): for each left solution, the compatible right solutions whose merge passes the
/// condition; the left solution alone when there are none (§18.5).
/// </summary>
internal sealed class LeftJoinNode : PlanNode
{
    private readonly PlanNode _left;
    private readonly PlanNode _right;
    private readonly CompiledExpression? _condition;

    public LeftJoinNode(PlanNode left, PlanNode right, CompiledExpression? condition)
    {
        _left = left;
        _right = right;
        _condition = condition;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var l in _left.Run(input, exec, graph))
        {
            bool matched = false;
            foreach (var r in _right.Run(l, exec, graph))
            {
                exec.Tick();
                if (_condition is not null && ExpressionCompiler.IsTrue(_condition(r, exec, graph)) != true) continue;
                matched = true;
                yield return r;
            }
            if (!matched) yield return l;
        }
    }
}
