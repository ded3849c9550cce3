namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>
/// Runs an operator whose result would change if extra bindings leaked in (filters, OPTIONAL, MINUS, BIND,
/// grouping, sub-selects, slices): it is given only the input's values of variables it binds in every solution
/// (<see cref="_keep"/>), and its results are then joined with the full input. An operator that keeps nothing is
/// input-independent and is evaluated once per execution and cached.
/// </summary>
internal sealed class RestrictedNode : PlanNode
{
    private readonly PlanNode _inner;
    private readonly int[] _keep;
    private readonly bool _cacheable;

    public RestrictedNode(PlanNode inner, int[] keep, bool cacheable)
    {
        _inner = inner;
        _keep = keep;
        _cacheable = cacheable;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        if (exec.SubstituteDepth > 0) return _inner.Run(input, exec, graph);
        bool extra = false;
        var restricted = new int[input.Length];
        for (int i = 0; i < input.Length; i++)
            if (input[i] != 0) extra = true;
        foreach (var slot in _keep) restricted[slot] = input[slot];
        if (extra)
        {
            // Are there bindings beyond the kept ones?
            extra = false;
            for (int i = 0; i < input.Length; i++)
                if (input[i] != restricted[i]) { extra = true; break; }
        }
        if (!extra) return _inner.Run(input, exec, graph);
        return MergeWithInput(input, restricted, exec, graph);
    }

    private IEnumerable<int[]> MergeWithInput(int[] input, int[] restricted, QueryExecution exec, ActiveGraph graph)
    {
        IEnumerable<int[]> source;
        if (_cacheable && _keep.Length == 0 && ReferenceEquals(graph, exec.Dataset.DefaultGraph))
        {
            if (!exec.Cache.TryGetValue(this, out var cached))
            {
                cached = _inner.Run(restricted, exec, graph).ToList();
                exec.Cache[this] = cached;
            }
            source = cached;
        }
        else source = _inner.Run(restricted, exec, graph);
        return new MergeCursor(input, source, exec);
    }

    /// <summary>The inner solutions compatible with the input, merged with it.</summary>
    private sealed class MergeCursor : RowCursor
    {
        private readonly int[] _input;
        private readonly IEnumerable<int[]> _source;
        private readonly QueryExecution _exec;
        private IEnumerator<int[]>? _inner;

        public MergeCursor(int[] input, IEnumerable<int[]> source, QueryExecution exec)
        {
            _input = input;
            _source = source;
            _exec = exec;
        }

        protected override RowCursor Restart() => new MergeCursor(_input, _source, _exec);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            _inner ??= _source.GetEnumerator();
            while (_inner.MoveNext())
            {
                _exec.Tick();
                var row = _inner.Current;
                if (Compatible(row, _input))
                {
                    Current = Merge(row, _input);
                    return true;
                }
            }
            return false;
        }

        public override void Dispose() => _inner?.Dispose();
    }
}
