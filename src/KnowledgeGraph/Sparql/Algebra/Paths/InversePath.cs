namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>^path: inv(path).</summary>
internal sealed class InversePath : PathExpression
{
    public InversePath(PathExpression inner)
    {
        Inner = inner;
        Depth = inner.Depth + 1;
    }

    public PathExpression Inner { get; }

    public override string ToString() => "(reverse " + Inner + ")";
}
