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

    private sealed class Cursor : RowCursor
    {
        private readonly FilterNode _node;
        private readonly int[] _input;
        private readonly QueryExecution _exec;
        private readonly ActiveGraph _graph;
        private IEnumerator<int[]>? _inner;

        public Cursor(FilterNode node, int[] input, QueryExecution exec, ActiveGraph graph)
        {
            _node = node;
            _input = input;
            _exec = exec;
            _graph = graph;
        }

        protected override RowCursor Restart() => new Cursor(_node, _input, _exec, _graph);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            _inner ??= _node._inner.Run(_input, _exec, _graph).GetEnumerator();
            while (_inner.MoveNext())
            {
                _exec.Tick();
                var r = _inner.Current;
                if (ExpressionCompiler.IsTrue(_node._condition(r, _exec, _graph)) == true)
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
