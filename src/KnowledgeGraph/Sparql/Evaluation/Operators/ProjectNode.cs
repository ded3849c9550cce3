using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Project: keeps only the projected slots, so hidden and sub-select-local variables disappear.</summary>
internal sealed class ProjectNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly int[] _slots;
    private readonly bool[] _projected;

    public ProjectNode(PlanNode inner, int[] slots)
    {
        _inner = inner;
        _slots = slots;
        _projected = new bool[slots.Length == 0 ? 0 : slots.Max() + 1];
        foreach (var s in slots) _projected[s] = true;
    }

    /// <summary>True when every variable the row binds is projected: the row is then its own projection.</summary>
    private bool OnlyProjected(int[] row)
    {
        for (int i = 0; i < row.Length; i++)
            if (row[i] != 0 && (i >= _projected.Length || !_projected[i])) return false;
        return true;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph) => new Cursor(this, input, exec, graph);

    private sealed class Cursor(ProjectNode node, int[] input, QueryExecution exec, ActiveGraph graph)
        : PlanCursor<ProjectNode>(node, input, exec, graph)
    {
        private IEnumerator<int[]>? _inner;

        protected override RowCursor Restart() => new Cursor(Node, Input, Exec, Graph);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            _inner ??= Node._inner.Run(Input, Exec, Graph).GetEnumerator();
            if (!_inner.MoveNext()) return false;
            var r = _inner.Current;
            if (Node.OnlyProjected(r))
            {
                Current = r;
                return true;
            }
            var row = new int[r.Length];
            foreach (var s in Node._slots) row[s] = r[s];
            Current = row;
            return true;
        }

        public override void Dispose() => _inner?.Dispose();
    }
}
