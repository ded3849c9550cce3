using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Algebra.Expressions;

/// <summary>A constant: an IRI or a literal.</summary>
internal sealed class TermExpression : Expression
{
    public TermExpression(Term term) : base(null) => Term = term;

    public Term Term { get; }

    public override Expression WithArgs(IReadOnlyList<Expression> args) => this;

    public override string ToString() => Term.ToString();
}
