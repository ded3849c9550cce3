using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>EXISTS / NOT EXISTS: carries the group pattern's syntax until the algebra builder translates it.</summary>
internal sealed class ExistsExpression : Expression
{
    public ExistsExpression(bool negated, GroupSyntax? syntax, AlgebraNode? pattern) : base(null)
    {
        Negated = negated;
        Syntax = syntax;
        Pattern = pattern;
    }

    public bool Negated { get; }

    public GroupSyntax? Syntax { get; }

    public AlgebraNode? Pattern { get; }

    public ExistsExpression WithPattern(AlgebraNode pattern) => new(Negated, Syntax, pattern);

    public override Expression WithArgs(IReadOnlyList<Expression> args) => this;

    public override IEnumerable<AlgebraNode> Patterns()
    {
        if (Pattern is not null) yield return Pattern;
    }

    public override void CollectVariables(ISet<string> into)
    {
        if (Pattern is not null) Pattern.CollectInScope(into);
    }

    public override string ToString() => (Negated ? "(notexists " : "(exists ") + (Pattern?.ToString() ?? "…") + ")";
}
