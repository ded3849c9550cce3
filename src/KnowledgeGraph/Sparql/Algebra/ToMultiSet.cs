namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>ToMultiSet(sequence): a sub-select's solution sequence used as a pattern (§18.2.5.6).</summary>
internal sealed class ToMultiSet : AlgebraNode
{
    public ToMultiSet(AlgebraNode inner) => Inner = inner;

    public AlgebraNode Inner { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new ToMultiSet(children[0]);

    public override void CollectInScope(ISet<string> into) => Inner.CollectInScope(into);

    public override void CollectCertain(ISet<string> into) => Inner.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("tomultiset");
        w.Node(Inner);
        w.Close();
    }
}
