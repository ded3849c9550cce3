namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Union(Ω1, Ω2): the solutions of both, as a multiset.</summary>
internal sealed class Union : AlgebraNode
{
    public Union(AlgebraNode left, AlgebraNode right)
    {
        Left = left;
        Right = right;
    }

    public AlgebraNode Left { get; }

    public AlgebraNode Right { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Left, Right };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Union(children[0], children[1]);

    public override void CollectInScope(ISet<string> into)
    {
        Left.CollectInScope(into);
        Right.CollectInScope(into);
    }

    public override void CollectCertain(ISet<string> into)
    {
        var l = Left.CertainVariables();
        l.IntersectWith(Right.CertainVariables());
        foreach (var v in l) into.Add(v);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open("union");
        w.Node(Left);
        w.Node(Right);
        w.Close();
    }
}
