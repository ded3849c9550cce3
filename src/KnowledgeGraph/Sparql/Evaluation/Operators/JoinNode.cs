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

    private sealed class Cursor : RowCursor
    {
        private readonly JoinNode _node;
        private readonly int[] _input;
        private readonly QueryExecution _exec;
        private readonly ActiveGraph _graph;
        private IEnumerator<int[]>? _left;
        private IEnumerator<int[]>? _right;

        public Cursor(JoinNode node, int[] input, QueryExecution exec, ActiveGraph graph)
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
            _left ??= _node._left.Run(_input, _exec, _graph).GetEnumerator();
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
                if (!_left.MoveNext()) return false;
                _right = _node._right.Run(_left.Current, _exec, _graph).GetEnumerator();
            }
        }

        public override void Dispose()
        {
            _right?.Dispose();
            _left?.Dispose();
        }
    }
}
