using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Union: the left side's solutions, then the right side's.</summary>
internal sealed class UnionNode : PlanNode
{
    private readonly PlanNode _left;
    private readonly PlanNode _right;

    public UnionNode(PlanNode left, PlanNode right)
    {
        _left = left;
        _right = right;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) => new Cursor(this, input, exec, graph);

    private sealed class Cursor(UnionNode node, int[] input, QueryExecution exec, ActiveGraph graph)
        : PlanCursor<UnionNode>(node, input, exec, graph)
    {
        private IEnumerator<int[]>? _current;
        private bool _onRight;

        protected override RowCursor Restart() => new Cursor(Node, Input, Exec, Graph);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            _current ??= Node._left.Run(Input, Exec, Graph).GetEnumerator();
            while (true)
            {
                if (_current.MoveNext())
                {
                    Current = _current.Current;
                    return true;
                }
                if (_onRight) return false;
                _current.Dispose();
                _onRight = true;
                _current = Node._right.Run(Input, Exec, Graph).GetEnumerator();
            }
        }

        public override void Dispose() => _current?.Dispose();
    }
}
