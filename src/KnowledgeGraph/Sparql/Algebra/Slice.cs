namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Slice(Ω, offset, limit): OFFSET and LIMIT.</summary>
internal sealed class Slice : AlgebraNode
{
    public Slice(AlgebraNode inner, long offset, long? limit)
    {
        Inner = inner;
        Offset = offset;
        Limit = limit;
    }

    public AlgebraNode Inner { get; }

    public long Offset { get; }

    public long? Limit { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Slice(children[0], Offset, Limit);

    public override void CollectInScope(ISet<string> into) => Inner.CollectInScope(into);

    public override void CollectCertain(ISet<string> into) => Inner.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("slice " + Offset + " " + (Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"));
        w.Node(Inner);
        w.Close();
    }
}
