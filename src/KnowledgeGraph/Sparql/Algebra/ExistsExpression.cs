using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>EXISTS / NOT EXISTS over a translated graph pattern (§17.4.1.4): true when the pattern, with the
/// current row's bindings substituted, has a solution (false for NOT EXISTS). The one expression that holds a pattern,
/// it lives with the patterns, so the expression tree itself never names the algebra.</summary>
internal sealed class ExistsExpression : Expression
{
    public ExistsExpression(bool negated, AlgebraNode pattern) : base(null)
    {
        Negated = negated;
        Pattern = pattern;
    }

    public bool Negated { get; }

    public AlgebraNode Pattern { get; }

    public ExistsExpression WithPattern(AlgebraNode pattern) => new(Negated, pattern);

    public override Expression WithArgs(IReadOnlyList<Expression> args) => this;

    public override void CollectVariables(ISet<string> into) => Pattern.CollectInScope(into);

    public override string ToString() => (Negated ? "(notexists " : "(exists ") + Pattern + ")";
}
