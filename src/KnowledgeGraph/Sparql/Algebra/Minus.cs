namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Minus(Ω1, Ω2): left solutions with no compatible right solution sharing a variable.</summary>
internal sealed class Minus : AlgebraNode
{
    public Minus(AlgebraNode left, AlgebraNode right)
    {
        Left = left;
        Right = right;
    }

    public AlgebraNode Left { get; }

    public AlgebraNode Right { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Left, Right };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Minus(children[0], children[1]);

    public override void CollectInScope(ISet<string> into) => Left.CollectInScope(into);

    public override void CollectCertain(ISet<string> into) => Left.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("minus");
        w.Node(Left);
        w.Node(Right);
        w.Close();
    }
}
