namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>path?: ZeroOrOnePath (distinct results).</summary>
internal sealed class ZeroOrOnePath : PathExpression
{
    public ZeroOrOnePath(PathExpression inner)
    {
        Inner = inner;
        Depth = inner.Depth + 1;
    }

    public PathExpression Inner { get; }

    public override string ToString() => "(path? " + Inner + ")";
}
