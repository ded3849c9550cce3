namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Reduced(Ω): duplicates may be removed; we drop consecutive repeats, which is cheap and streaming.</summary>
internal sealed class Reduced : AlgebraNode
{
    public Reduced(AlgebraNode inner) => Inner = inner;

    public AlgebraNode Inner { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Reduced(children[0]);

    public override void CollectInScope(ISet<string> into) => Inner.CollectInScope(into);

    public override void CollectCertain(ISet<string> into) => Inner.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("reduced");
        w.Node(Inner);
        w.Close();
    }
}
