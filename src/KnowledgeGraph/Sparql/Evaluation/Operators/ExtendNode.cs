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

    private sealed class Cursor(ExtendNode node, int[] input, QueryExecution exec, ActiveGraph graph)
        : PlanCursor<ExtendNode>(node, input, exec, graph)
    {
        private IEnumerator<int[]>? _inner;

        protected override RowCursor Restart() => new Cursor(Node, Input, Exec, Graph);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            _inner ??= Node._inner.Run(Input, Exec, Graph).GetEnumerator();
            int slot = Node._slot;
            while (_inner.MoveNext())
            {
                Exec.Tick();
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
            if (Node._memoSlot < 0 || Exec.SubstituteDepth > 0) return Compute(row);
            var memo = Exec.Memo(Node);
            int key = row[Node._memoSlot];
            if (!memo.TryGetValue(key, out int id)) memo[key] = id = Compute(row);
            return id;
        }

        private int Compute(int[] row) => Node._expression(row, Exec, Graph) is { } value ? Exec.Terms.Intern(value) : 0;

        public override void Dispose() => _inner?.Dispose();
    }
}
