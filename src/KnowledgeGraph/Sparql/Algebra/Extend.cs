using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Extend(Ω, var, expr): binds var to the expression's value, leaving it unbound on error.</summary>
internal sealed class Extend : AlgebraNode
{
    public Extend(AlgebraNode inner, string variable, Expression expression)
    {
        Inner = inner;
        Variable = variable;
        Expression = expression;
    }

    public AlgebraNode Inner { get; }

    public string Variable { get; }

    public Expression Expression { get; }

    public override IReadOnlyList<AlgebraNode> Children => new[] { Inner };

    public override AlgebraNode WithChildren(IReadOnlyList<AlgebraNode> children) => new Extend(children[0], Variable, Expression);

    public override IEnumerable<Expression> Expressions => new[] { Expression };

    public override AlgebraNode WithExpressions(IReadOnlyList<Expression> expressions) => new Extend(Inner, Variable, expressions[0]);

    public override void CollectInScope(ISet<string> into)
    {
        Inner.CollectInScope(into);
        into.Add(Variable);
    }

    public override void CollectCertain(ISet<string> into)
    {
        Inner.CollectCertain(into);
        if (Expression is VariableExpression v && into.Contains(v.Name)) into.Add(Variable);
        else if (Expression is TermExpression) into.Add(Variable);
    }

    public override void Write(SExpressionWriter w)
    {
        w.Open("extend");
        w.Atom("((?" + Variable + " " + Expression + "))");
        w.Node(Inner);
        w.Close();
    }
}
