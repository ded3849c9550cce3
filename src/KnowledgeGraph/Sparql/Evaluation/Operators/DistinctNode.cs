using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>DISTINCT: streams first occurrences.</summary>
internal sealed class DistinctNode : PlanNode
{
    private readonly PlanNode _inner;

    public DistinctNode(PlanNode inner) => _inner = inner;

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) => new Cursor(this, input, exec, graph);

    private sealed class Cursor(DistinctNode node, int[] input, QueryExecution exec, ActiveGraph graph)
        : PlanCursor<DistinctNode>(node, input, exec, graph)
    {
        private readonly HashSet<int[]> _seen = new(RowComparer.Instance);
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
                if (_seen.Add(r))
                {
                    Exec.Keep();
                    Current = r;
                    return true;
                }
            }
            return false;
        }

        public override void Dispose() => _inner?.Dispose();
    }
}
