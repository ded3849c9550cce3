using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>DISTINCT: streams first occurrences.</summary>
internal sealed class DistinctNode : PlanNode
{
    private readonly PlanNode _inner;

    public DistinctNode(PlanNode inner) => _inner = inner;

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) => new Cursor(this, input, exec, graph);

    private sealed class Cursor : RowCursor
    {
        private readonly DistinctNode _node;
        private readonly int[] _input;
        private readonly QueryExecution _exec;
        private readonly ActiveGraph _graph;
        private readonly HashSet<int[]> _seen = new(RowComparer.Instance);
        private IEnumerator<int[]>? _inner;

        public Cursor(DistinctNode node, int[] input, QueryExecution exec, ActiveGraph graph)
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
                var r = _inner.Current;
                if (_seen.Add(r))
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
