namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>
/// An aggregate call (COUNT, SUM, MIN, MAX, AVG, SAMPLE, GROUP_CONCAT) as written; the algebra builder moves it into
/// a Group operator and replaces it with a variable. <c>Args</c> is empty for COUNT(*).
/// </summary>
internal sealed class AggregateExpression : Expression
{
    public AggregateExpression(string name, bool distinct, Expression? argument, string? separator)
        : base(argument is null ? null : new[] { argument })
    {
        Name = name;
        Distinct = distinct;
        Separator = separator;
    }

    public string Name { get; }

    public bool Distinct { get; }

    public string? Separator { get; }

    public Expression? Argument => Args.Count > 0 ? Args[0] : null;

    public override Expression WithArgs(IReadOnlyList<Expression> args) =>
        new AggregateExpression(Name, Distinct, args.Count > 0 ? args[0] : null, Separator);

    public override string ToString() =>
        "(" + Name.ToLowerInvariant() + (Distinct ? " distinct" : "") + (Argument is null ? " *" : " " + Argument) +
        (Separator is null ? "" : " separator=\"" + Separator + "\"") + ")";
}
