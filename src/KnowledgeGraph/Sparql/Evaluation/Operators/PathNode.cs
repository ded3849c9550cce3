using System.Runtime.CompilerServices;
using KnowledgeGraph.Sparql.Algebra.Paths;

namespace KnowledgeGraph.Sparql.Evaluation.Operators;

/// <summary>Path(subject, path, object): binds the ends from <see cref="PathEvaluator"/>'s pairs.</summary>
internal sealed class PathNode : PlanNode
{
    private readonly SlotOrTerm _subject;
    private readonly PathExpression _path;
    private readonly SlotOrTerm _object;

    public PathNode(SlotOrTerm subject, PathExpression path, SlotOrTerm @object)
    {
        _subject = subject;
        _path = path;
        _object = @object;
    }

    public override IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph)
    {
        int s = _subject.Term is { } st ? exec.Terms.InternConstant(st) : input[_subject.Slot];
        int o = _object.Term is { } ot ? exec.Terms.InternConstant(ot) : input[_object.Slot];
        bool sameVariable = _subject.IsVariable && _object.IsVariable && _subject.Slot == _object.Slot;
        bool fromVariable = (_subject.IsVariable && s != 0) || (_object.IsVariable && o != 0);
        var evaluator = new PathEvaluator(exec, graph, fromVariable);
        if (!sameVariable && (s == 0) != (o == 0) && evaluator.TryReachFromOneEnd(_path, s, o) is { } reached)
        {
            // A closure from one bound end: the other end takes each reached node.
            int slot = s == 0 ? (_subject.IsVariable ? _subject.Slot : -1) : (_object.IsVariable ? _object.Slot : -1);
            return new ReachedCursor(input, slot, reached);
        }
        return Pairs(input, evaluator, s, o, sameVariable);
    }

    private IEnumerable<int[]> Pairs(int[] input, PathEvaluator evaluator, int s, int o, bool sameVariable)
    {
        foreach (var (start, end) in evaluator.Eval(_path, s, sameVariable ? 0 : o))
        {
            if (sameVariable && start != end) continue;
            var row = Copy(input);
            if (_subject.IsVariable) row[_subject.Slot] = start;
            if (_object.IsVariable) row[_object.Slot] = end;
            yield return row;
        }
    }

    /// <summary>One solution per reached node, binding it to the free end's slot.</summary>
    private sealed class ReachedCursor : RowCursor
    {
        private readonly int[] _input;
        private readonly int _slot;
        private readonly List<int> _reached;
        private int _next;

        public ReachedCursor(int[] input, int slot, List<int> reached)
        {
            _input = input;
            _slot = slot;
            _reached = reached;
        }

        protected override RowCursor Restart() => new ReachedCursor(_input, _slot, _reached);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool MoveNext()
        {
            if (_next >= _reached.Count) return false;
            var row = Copy(_input);
            if (_slot >= 0) row[_slot] = _reached[_next];
            _next++;
            Current = row;
            return true;
        }
    }
}
