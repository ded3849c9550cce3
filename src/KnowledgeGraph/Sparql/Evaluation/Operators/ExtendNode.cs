using System.Runtime.CompilerServices;

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

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) => new Cursor(this, input, exec, graph);

    private sealed class Cursor : RowCursor
    {
        private readonly ExtendNode _node;
        private readonly int[] _input;
        private readonly QueryExecution _exec;
        private readonly ActiveGraph _graph;
        private IEnumerator<int[]>? _inner;

        public Cursor(ExtendNode node, int[] input, QueryExecution exec, ActiveGraph graph)
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
            int slot = _node._slot;
            while (_inner.MoveNext())
            {
                _exec.Tick();
                var r = _inner.Current;
                var value = _node._expression(r, _exec, _graph);
                if (value is null)
                {
                    Current = r;
                    return true;
                }
                int id = _exec.Terms.Intern(value);
                if (r[slot] != 0)
                {
                    if (r[slot] != id) continue;
                    Current = r;
                    return true;
                }
                var copy = Copy(r);
                copy[slot] = id;
                Current = copy;
                return true;
            }
            return false;
        }

        public override void Dispose() => _inner?.Dispose();
    }
}
