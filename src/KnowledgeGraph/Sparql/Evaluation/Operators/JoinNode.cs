using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Index nested-loop join: the right side runs once per left solution, with its bindings substituted.</summary>
internal sealed class JoinNode : PlanNode
{
    private readonly PlanNode _left;
    private readonly PlanNode _right;

    public JoinNode(PlanNode left, PlanNode right)
    {
        _left = left;
        _right = right;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) => new Cursor(this, input, exec, graph);

    private sealed class Cursor(JoinNode node, int[] input, QueryExecution exec, ActiveGraph graph)
        : PlanCursor<JoinNode>(node, input, exec, graph)
    {
        private IEnumerator<int[]>? _left;
        private IEnumerator<int[]>? _right;

        protected override RowCursor Restart() => new Cursor(Node, Input, Exec, Graph);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            _left ??= Node._left.Run(Input, Exec, Graph).GetEnumerator();
            while (true)
            {
                if (_right is not null)
                {
                    if (_right.MoveNext())
                    {
                        Current = _right.Current;
                        return true;
                    }
                    _right.Dispose();
                    _right = null;
                }
                Exec.Tick();
                if (!_left.MoveNext()) return false;
                _right = Node._right.Run(_left.Current, Exec, Graph).GetEnumerator();
            }
        }

        public override void Dispose()
        {
            _right?.Dispose();
            _left?.Dispose();
        }
    }
}
