using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Filter(expr, Ω): solutions whose expression has effective boolean value true.</summary>
internal sealed class Filter : AlgebraNode
{
    public Filter(Expression condition, AlgebraNode inner)
    {
        Condition = condition;
        Inner = inner;
    }

    public Expression Condition { get; }

    public AlgebraNode Inner { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Filter(Condition, children[0]);

    public override IEnumerable<Expression> Expressions => new[] { Condition };

    public override AlgebraNode WithExpressions(IReadOnlyList<Expression> expressions) => new Filter(expressions[0], Inner);

    public override void CollectInScope(ISet<string> into) => Inner.CollectInScope(into);

    public override void CollectCertain(ISet<string> into) => Inner.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("filter");
        w.Atom(Condition.ToString());
        w.Node(Inner);
        w.Close();
    }
}
