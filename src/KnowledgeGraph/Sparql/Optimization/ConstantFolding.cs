using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Evaluates operator and function calls whose arguments are all constants once, at planning time. Calls that
/// fail are left alone, so their error surfaces at run time with the normal error semantics.
/// </summary>
internal sealed class ConstantFolding : IAlgebraOptimizer
{
    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context)
    {
        if (context.Dataset is null) return node;
        var exec = new QueryExecution(context.Dataset, new TermTable(context.Dataset.Reader), 0, new FunctionContext(), CancellationToken.None);
        return node.TransformUp(n =>
        {
            var expressions = n.Expressions.ToList();
            if (expressions.Count == 0) return n;
            var folded = expressions.Select(e => Fold(e, exec)).ToList();
            return folded.Where((e, i) => !ReferenceEquals(e, expressions[i])).Any() ? n.WithExpressions(folded) : n;
        });
    }

    private static Expression Fold(Expression e, QueryExecution exec) => e.Transform(x =>
    {
        if (x.Args.Count == 0 || !x.Args.All(a => a is TermExpression)) return x;
        if (x is not (OperatorExpression or FunctionExpression or IriFunctionExpression)) return x;
        if (x is FunctionExpression f && (f.IsNonDeterministic || f.Name is "BOUND")) return x;
        try
        {
            var compiled = new ExpressionCompiler(_ => throw new InvalidOperationException(), _ => throw new InvalidOperationException(), _ => "")
                .Compile(x);
            var value = compiled(Array.Empty<int>(), exec, ActiveGraph.Empty);
            return value is null ? x : new TermExpression(value);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return x;
        }
    });
}
