namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Extend: binds a variable to an expression's value; an error leaves it unbound.</summary>
internal sealed class ExtendNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly int _slot;
    private readonly CompiledExpression _expression;

    public ExtendNode(PlanNode inner, int slot, CompiledExpression expression)
    {
        _inner = inner;
        _slot = slot;
        _expression = expression;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        foreach (var r in _inner.Run(input, exec, graph))
        {
            exec.Tick();
            var value = _expression(r, exec, graph);
            if (value is null) { yield return r; continue; }
            int id = exec.Terms.Intern(value);
            if (r[_slot] != 0)
            {
                if (r[_slot] == id) yield return r;
                continue;
            }
            var copy = Copy(r);
            copy[_slot] = id;
            yield return copy;
        }
    }
}
