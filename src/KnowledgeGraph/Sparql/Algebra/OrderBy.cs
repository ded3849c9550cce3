using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>One ORDER BY key.</summary>
internal sealed record OrderCondition(Expression Expression, bool Descending);

/// <summary>OrderBy(Ω, conditions): a stable sort by the conditions in turn.</summary>
internal sealed class OrderBy : AlgebraNode
{
    public OrderBy(AlgebraNode inner, IReadOnlyList<OrderCondition> conditions)
    {
        Inner = inner;
        Conditions = conditions;
    }

    public AlgebraNode Inner { get; }

    public IReadOnlyList<OrderCondition> Conditions { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new OrderBy(children[0], Conditions);

    public override IEnumerable<Expression> Expressions => Conditions.Select(c => c.Expression);

    public override AlgebraNode WithExpressions(IReadOnlyList<Expression> expressions) =>
        new OrderBy(Inner, Conditions.Select((c, i) => c with { Expression = expressions[i] }).ToList());

    public override void CollectInScope(ISet<string> into) => Inner.CollectInScope(into);

    public override void CollectCertain(ISet<string> into) => Inner.CollectCertain(into);

    public override void Write(SExpressionWriter w)
    {
        w.Open("order");
        w.Atom("(" + string.Join(" ", Conditions.Select(c => c.Descending ? "(desc " + c.Expression + ")" : c.Expression.ToString())) + ")");
        w.Node(Inner);
        w.Close();
    }
}
