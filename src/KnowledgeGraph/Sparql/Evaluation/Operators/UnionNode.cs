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

    private sealed class Cursor : RowCursor
    {
        private readonly UnionNode _node;
        private readonly int[] _input;
        private readonly QueryExecution _exec;
        private readonly ActiveGraph _graph;
        private IEnumerator<int[]>? _current;
        private bool _onRight;

        public Cursor(UnionNode node, int[] input, QueryExecution exec, ActiveGraph graph)
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
            _current ??= _node._left.Run(_input, _exec, _graph).GetEnumerator();
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
                _current = _node._right.Run(_input, _exec, _graph).GetEnumerator();
            }
        }

        public override void Dispose() => _current?.Dispose();
    }
}
