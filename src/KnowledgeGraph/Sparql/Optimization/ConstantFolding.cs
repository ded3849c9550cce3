using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Computes operator and function calls whose arguments are all constants once, at planning time, with the
/// function library (<see cref="SparqlOperators"/>, <see cref="BuiltInFunctions"/>) on the constant values; it never
/// runs the evaluator. Calls that fail are left alone, so their error surfaces at run time with the normal error
/// semantics. Non-deterministic functions (RAND, NOW, BNODE, …) and BOUND are never folded.
/// </summary>
internal sealed class ConstantFolding : IAlgebraOptimizer
{
    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context)
    {
        var functions = new FunctionContext();
        return node.TransformUp(n =>
        {
            var expressions = n.Expressions.ToList();
            if (expressions.Count == 0) return n;
            var folded = expressions.Select(e => Fold(e, functions)).ToList();
            return folded.Where((e, i) => !ReferenceEquals(e, expressions[i])).Any() ? n.WithExpressions(folded) : n;
        });
    }

    private static Expression Fold(Expression e, FunctionContext functions) => e.Transform(x =>
    {
        if (x.Args.Count == 0 || !x.Args.All(a => a is TermExpression)) return x;
        if (x is FunctionExpression f && (f.IsNonDeterministic || f.Name is "BOUND")) return x;
        var values = x.Args.Select(a => (Term?)((TermExpression)a).Term).ToArray();
        try
        {
            return Value(x, values, functions) is { } value ? new TermExpression(value) : x;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return x;
        }
    });

    /// <summary>The call's value on constant arguments; null when it is an error or not a call folding knows.</summary>
    private static Term? Value(Expression call, Term?[] values, FunctionContext functions) => call switch
    {
        OperatorExpression op => SparqlOperators.Apply(op.Operator, values, out _),
        FunctionExpression { Name: "IF" } => SparqlOperators.EffectiveBooleanValue(values[0]) switch
        {
            true => values[1],
            false => values[2],
            null => null,
        },
        FunctionExpression { Name: "COALESCE" } => values.FirstOrDefault(v => v is not null),
        FunctionExpression { Name: "SAMETERM" } => SparqlOperators.Bool(SparqlOperators.SameTerm(values[0], values[1])),
        FunctionExpression f => BuiltInFunctions.Call(f.Name, values, functions),
        IriFunctionExpression iri => BuiltInFunctions.TryCallIri(iri.Iri, values, functions, out var result) ? result : null,
        _ => null,
    };
}
