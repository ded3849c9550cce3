namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>
/// An operator: "||", "&amp;&amp;", "!", "=", "!=", "&lt;", "&gt;", "&lt;=", "&gt;=", "+", "-", "*", "/", unary
/// "u+" and "u-", and "in" / "notin" (first argument is the tested value).
/// </summary>
internal sealed class OperatorExpression : Expression
{
    public OperatorExpression(string op, params Expression[] args) : base(args) => Operator = op;

    public OperatorExpression(string op, IReadOnlyList<Expression> args) : base(args) => Operator = op;

    public string Operator { get; }

    public override Expression WithArgs(IReadOnlyList<Expression> args) => new OperatorExpression(Operator, args);

    public override string ToString() => "(" + Operator + ArgsText() + ")";
}
