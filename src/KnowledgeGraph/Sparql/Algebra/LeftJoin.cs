using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>LeftJoin(Ω1, Ω2, expr): OPTIONAL, with the optional group's filters as the join condition.</summary>
internal sealed class LeftJoin : AlgebraNode
{
    public LeftJoin(AlgebraNode left, AlgebraNode right, Expression? condition)
    {
        Left = left;
        Right = right;
        Condition = condition;
    }

    public AlgebraNode Left { get; }

    public AlgebraNode Right { get; }

    /// <summary>The filter applied to each merged pair; null means true.</summary>
    public Expression? Condition { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Left, Right };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new LeftJoin(children[0], children[1], Condition);

    public override IEnumerable<Expression> Expressions => Condition is null ? Array.Empty<Expression>() : new[] { Condition };

    public override AlgebraNode WithExpressions(IReadOnlyList<Expression> expressions) =>
        Condition is null ? this : new LeftJoin(Left, Right, expressions[0]);

    public override void CollectInScope(ISet<string> into)
    {
        Left.CollectInScope(into);
        Right.CollectInScope(into);
    }

    public override void CollectCertain(ISet<string> into) => Left.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("leftjoin");
        w.Node(Left);
        w.Node(Right);
        if (Condition is not null) w.Atom(Condition.ToString());
        w.Close();
    }
}
