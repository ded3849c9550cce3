using KnowledgeGraph.Sparql.Algebra.Paths;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates property paths over ids (§18.5). Each method yields (start, end) pairs for a start and/or end that
/// may be 0 (unbound). Link, sequence, alternative, inverse and negated sets keep multiset counts; the closures
/// *, + and ? use the ALP procedure, visiting each node once, so cycles terminate and there are no duplicates.
/// </summary>
internal sealed class PathEvaluator
{
    private readonly QueryExecution _exec;
    private readonly ActiveGraph _graph;

    public PathEvaluator(QueryExecution exec, ActiveGraph graph, bool zeroLengthOnlyInGraph)
    {
        _exec = exec;
        _graph = graph;
        _zeroLengthOnlyInGraph = zeroLengthOnlyInGraph;
    }

    /// <summary>
    /// True when the bound end came from a variable: a zero-length path then only matches a node of the graph
    /// (values_and_path); a constant in the query matches itself even when the graph does not hold it (§18.5).
    /// </summary>
    private readonly bool _zeroLengthOnlyInGraph;

    public IEnumerable<(int Start, int End)> Eval(PathExpression path, int start, int end)
    {
        switch (path)
        {
            case LinkPath link:
                return Link(_exec.Terms.InternConstant(link.Predicate), start, end);
            case InversePath inv:
                return Eval(inv.Inner, end, start).Select(p => (p.End, p.Start));
            case SequencePath seq:
                return Sequence(seq, start, end);
            case AlternativePath alt:
                return Eval(alt.Left, start, end).Concat(Eval(alt.Right, start, end));
            case NegatedPropertySet nps:
                return Negated(nps, start, end);
            case ZeroOrOnePath zo:
                return Closure(zo.Inner, start, end, includeZero: true, oneStep: true);
            case ZeroOrMorePath zm:
                return Closure(zm.Inner, start, end, includeZero: true, oneStep: false);
            case OneOrMorePath om:
                return Closure(om.Inner, start, end, includeZero: false, oneStep: false);
        }
        throw new SparqlEvaluationException("Unknown path operator " + path);
    }

    /// <summary>
    /// For a closure (*, +, ?) with exactly one end bound, the nodes reached from that end, computed at once;
    /// null for other paths, which go through <see cref="Eval"/>.
    /// </summary>
    public List<int>? TryReachFromOneEnd(PathExpression path, int start, int end)
    {
        if ((start == 0) == (end == 0)) return null;
        bool forward = start != 0;
        int from = forward ? start : end;
        return path switch
        {
            ZeroOrOnePath zo => Reach(zo.Inner, from, includeZero: true, oneStep: true, forward),
            ZeroOrMorePath zm => Reach(zm.Inner, from, includeZero: true, oneStep: false, forward),
            OneOrMorePath om => Reach(om.Inner, from, includeZero: false, oneStep: false, forward),
            _ => null,
        };
    }

    private IEnumerable<(int, int)> Link(int predicate, int start, int end)
    {
        if (predicate < 0 || start < 0 || end < 0) yield break;
        var range = _graph.Match(start, predicate, end);
        for (int i = 0; i < range.Length; i++)
        {
            _exec.Tick();
            var t = range[i];
            yield return (t.S, t.O);
        }
    }

    private IEnumerable<(int, int)> Sequence(SequencePath seq, int start, int end)
    {
        if (start == 0 && end != 0)
        {
            // Walk backwards from the bound end.
            foreach (var (mid, e) in Eval(seq.Second, 0, end))
                foreach (var (s, _) in Eval(seq.First, 0, mid))
                    yield return (s, e);
            yield break;
        }
        foreach (var (s, mid) in Eval(seq.First, start, 0))
            foreach (var (_, e) in Eval(seq.Second, mid, end))
                yield return (s, e);
    }

    private IEnumerable<(int, int)> Negated(NegatedPropertySet nps, int start, int end)
    {
        if (start < 0 || end < 0) yield break;
        var excluded = new HashSet<int>(nps.Excluded.Select(p => _exec.Terms.InternConstant(p)));
        var range = _graph.Match(start, 0, end);
        for (int i = 0; i < range.Length; i++)
        {
            _exec.Tick();
            var t = range[i];
            if (!excluded.Contains(t.P)) yield return (t.S, t.O);
        }
    }

    private IEnumerable<(int, int)> Closure(PathExpression inner, int start, int end, bool includeZero, bool oneStep)
    {
        if (start != 0)
        {
            foreach (var reached in Reach(inner, start, includeZero, oneStep, forward: true))
            {
                if (end != 0 && reached != end) continue;
                yield return (start, reached);
                if (end != 0) yield break; // each node is reached once
            }
            yield break;
        }
        if (end != 0)
        {
            foreach (var reached in Reach(inner, end, includeZero, oneStep, forward: false))
                yield return (reached, end);
            yield break;
        }
        foreach (var node in AllNodes())
            foreach (var reached in Reach(inner, node, includeZero, oneStep, forward: true))
                yield return (node, reached);
    }

    /// <summary>
    /// Nodes reachable from <paramref name="from"/> (ALP), each once, in breadth-first order. Computed whole: the
    /// set is bounded by the graph, and a tight loop over id lists is far cheaper than a chain of iterators.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private List<int> Reach(PathExpression inner, int from, bool includeZero, bool oneStep, bool forward)
    {
        var reached = new List<int>();
        var visited = new IdSet();
        if (includeZero)
        {
            visited.Add(from);
            if (!_zeroLengthOnlyInGraph || InGraph(from)) reached.Add(from);
        }
        bool simple = PathSteps.IsSimple(inner);
        var steps = new List<int>();
        // The reached list doubles as the breadth-first queue: nodes at index >= expandFrom still need expanding.
        // The start is expanded first; it is queued again only if reached without the zero-length step, and then
        // it has already been expanded, which is why it is skipped below.
        int expandFrom = reached.Count;
        int node = from;
        while (true)
        {
            steps.Clear();
            if (simple) PathSteps.Collect(inner, node, forward, _exec, _graph, steps);
            else if (forward) foreach (var p in Eval(inner, node, 0)) steps.Add(p.End);
            else foreach (var p in Eval(inner, 0, node)) steps.Add(p.Start);
            foreach (var next in steps)
            {
                _exec.Tick();
                if (next == 0 || !visited.Add(next)) continue;
                reached.Add(next);
            }
            if (oneStep) break;
            do
            {
                if (expandFrom >= reached.Count) return reached;
                node = reached[expandFrom++];
            }
            while (node == from);
        }
        return reached;
    }

    private bool InGraph(int node) => node > 0 && (_graph.Match(node, 0, 0).Length > 0 || _graph.Match(0, 0, node).Length > 0);

    /// <summary>Every subject and object of the active graph, once.</summary>
    private IEnumerable<int> AllNodes()
    {
        var seen = new HashSet<int>();
        var all = _graph.Match(0, 0, 0);
        for (int i = 0; i < all.Length; i++)
        {
            var t = all[i];
            if (seen.Add(t.S)) yield return t.S;
            if (seen.Add(t.O)) yield return t.O;
        }
    }
}
