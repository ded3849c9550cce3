using KnowledgeGraph.Sparql.Algebra.Expressions;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The graph patterns nested in an expression's EXISTS and NOT EXISTS.</summary>
internal static class ExpressionPatterns
{
    public static IEnumerable<AlgebraNode> Patterns(this Expression expression)
    {
        if (expression is ExistsExpression exists)
        {
            yield return exists.Pattern;
            yield break;
        }
        foreach (var argument in expression.Args)
            foreach (var pattern in argument.Patterns()) yield return pattern;
    }
}
