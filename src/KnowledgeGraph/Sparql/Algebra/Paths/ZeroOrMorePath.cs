namespace KnowledgeGraph.Sparql.Algebra.Paths;

/// <summary>path*: ZeroOrMorePath, evaluated with the ALP procedure of §18.5 (each node once).</summary>
internal sealed class ZeroOrMorePath : PathExpression
{
    public ZeroOrMorePath(PathExpression inner)
    {
        Inner = inner;
        Depth = inner.Depth + 1;
    }

    public PathExpression Inner { get; }

    public override string ToString() => "(path* " + Inner + ")";
}
