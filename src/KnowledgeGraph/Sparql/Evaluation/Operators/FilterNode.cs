namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Filter: keeps solutions whose condition has effective boolean value true (errors drop the solution).</summary>
internal sealed class FilterNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly CompiledExpression _condition;

    public FilterNode(PlanNode inner, CompiledExpression condition)
    {
        _inner = inner;
        _condition = condition;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var r in _inner.Run(input, exec, graph))
        {
            exec.Tick();
            if (ExpressionCompiler.IsTrue(_condition(r, exec, graph)) == true) yield return r;
        }
    }
}
