namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>path1 | path2: alt(path1, path2).</summary>
internal sealed class AlternativePath : PathExpression
{
    public AlternativePath(PathExpression left, PathExpression right)
    {
        Left = left;
        Right = right;
        Depth = Math.Max(left.Depth, right.Depth) + 1;
    }

    public PathExpression Left { get; }

    public PathExpression Right { get; }

    public override string ToString() => "(alt " + Left + " " + Right + ")";
}
