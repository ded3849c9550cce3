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
        int s = _subject.Term is { } st ? exec.Terms.Intern(st) : input[_subject.Slot];
        int o = _object.Term is { } ot ? exec.Terms.Intern(ot) : input[_object.Slot];
        bool sameVariable = _subject.IsVariable && _object.IsVariable && _subject.Slot == _object.Slot;
        bool fromVariable = (_subject.IsVariable && s != 0) || (_object.IsVariable && o != 0);
        var evaluator = new PathEvaluator(exec, graph, fromVariable);
        foreach (var (start, end) in evaluator.Eval(_path, s, sameVariable ? 0 : o))
        {
            if (sameVariable && start != end) continue;
            var row = Copy(input);
            if (_subject.IsVariable) row[_subject.Slot] = start;
            if (_object.IsVariable) row[_object.Slot] = end;
            yield return row;
        }
    }
}
