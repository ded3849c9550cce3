namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Distinct(Ω): removes duplicate solutions, keeping first occurrences in order.</summary>
internal sealed class Distinct : AlgebraNode
{
    public Distinct(AlgebraNode inner) => Inner = inner;

    public AlgebraNode Inner { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Distinct(children[0]);

    public override void CollectInScope(ISet<string> into) => Inner.CollectInScope(into);

    public override void CollectCertain(ISet<string> into) => Inner.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("distinct");
        w.Node(Inner);
        w.Close();
    }
}
