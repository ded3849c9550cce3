using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Parsing.Syntax;

/// <summary>
/// EXISTS / NOT EXISTS as parsed: the group pattern's syntax tree, inside an expression of the syntax tree. The
/// algebra builder replaces it by an <see cref="ExistsExpression"/> over the translated pattern, so the algebra
/// never carries syntax. Until then it has no patterns and binds no variables.
/// </summary>
internal sealed class ExistsSyntax : Expression
{
    public ExistsSyntax(bool negated, GroupSyntax group) : base(null)
    {
        Negated = negated;
        Group = group;
    }

    public bool Negated { get; }

    public GroupSyntax Group { get; }

    public override Expression WithArgs(IReadOnlyList<Expression> args) => this;

    public override void CollectVariables(ISet<string> into) { }

    public override string ToString() => Negated ? "(notexists …)" : "(exists …)";
}
