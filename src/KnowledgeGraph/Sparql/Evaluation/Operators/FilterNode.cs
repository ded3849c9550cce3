using System.Runtime.CompilerServices;

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

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) => new Cursor(this, input, exec, graph);

    private sealed class Cursor(FilterNode node, int[] input, QueryExecution exec, ActiveGraph graph)
        : PlanCursor<FilterNode>(node, input, exec, graph)
    {
        private IEnumerator<int[]>? _inner;

        protected override RowCursor Restart() => new Cursor(Node, Input, Exec, Graph);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            _inner ??= Node._inner.Run(Input, Exec, Graph).GetEnumerator();
            while (_inner.MoveNext())
            {
                Exec.Tick();
                var r = _inner.Current;
                if (ExpressionCompiler.IsTrue(Node._condition(r, Exec, Graph)) == true)
                {
                    Current = r;
                    return true;
                }
            }
            return false;
        }

        public override void Dispose() => _inner?.Dispose();
    }
}
