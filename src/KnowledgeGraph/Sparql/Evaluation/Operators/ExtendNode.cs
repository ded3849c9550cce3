using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// Extend: binds a variable to an expression's value; an error leaves it unbound. A deterministic expression of
/// one variable (<c>BIND(YEAR(?d) AS ?y)</c>) is computed once per distinct id of that variable in an execution.
/// </summary>
internal sealed class ExtendNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly int _slot;
    private readonly CompiledExpression _expression;
    private readonly int _memoSlot;

    public ExtendNode(PlanNode inner, int slot, CompiledExpression expression, int memoSlot = -1)
    {
        _inner = inner;
        _slot = slot;
        _expression = expression;
        _memoSlot = memoSlot;
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
                int id = Evaluate(r);
                if (id == 0)
                {
                    Current = r;
                    return true;
                }
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

        /// <summary>The id of the expression's value, 0 for an error.</summary>
        private int Evaluate(int[] row)
        {
            if (_node._memoSlot < 0 || _exec.SubstituteDepth > 0) return Compute(row);
            var memo = _exec.Memo(_node);
            int key = row[_node._memoSlot];
            if (!memo.TryGetValue(key, out int id)) memo[key] = id = Compute(row);
            return id;
        }

        private int Compute(int[] row) => _node._expression(row, _exec, _graph) is { } value ? _exec.Terms.Intern(value) : 0;

        public override void Dispose() => _inner?.Dispose();
    }
}
