namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>path1 / path2: seq(path1, path2).</summary>
internal sealed class SequencePath : PathExpression
{
    public SequencePath(PathExpression first, PathExpression second)
    {
        First = first;
        Second = second;
        Depth = Math.Max(first.Depth, second.Depth) + 1;
    }

    public PathExpression First { get; }

    public PathExpression Second { get; }

    public override string ToString() => "(seq " + First + " " + Second + ")";
}
