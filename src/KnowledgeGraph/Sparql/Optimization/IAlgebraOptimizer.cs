using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>One rewrite of the algebra that keeps its meaning (a small, separately testable rule).</summary>
internal interface IAlgebraOptimizer
{
    AlgebraNode Optimize(AlgebraNode node, OptimizerContext context);
}

/// <summary>
/// What rules may consult: how many default-graph triples match a pattern, as the caller measures it (the
/// evaluator counts on the query's dataset). Without a count, every pattern is assumed to match 1000 triples.
/// </summary>
internal sealed class OptimizerContext
{
    private readonly Func<Term?, Term?, Term?, long>? _countMatches;

    public OptimizerContext(Func<Term?, Term?, Term?, long>? countMatches = null) => _countMatches = countMatches;

    /// <summary>Exact number of default-graph triples matching the constant positions (null = any).</summary>
    public long Count(Term? s, Term? p, Term? o) => _countMatches?.Invoke(s, p, o) ?? 1000;
}

/// <summary>The rules in the order they run.</summary>
internal sealed class AlgebraOptimizer : IAlgebraOptimizer
{
    private readonly IAlgebraOptimizer[] _rules;

    public AlgebraOptimizer(params IAlgebraOptimizer[] rules) => _rules = rules;

    public static AlgebraOptimizer Default { get; } = new(
        new ConstantFolding(),
        new FilterPushDown(),
        new JoinReordering(),
        new JoinAlgorithmSelection(),
        new BgpJoinOrdering());

    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context)
    {
        foreach (var rule in _rules) node = rule.Optimize(node, context);
        return node;
    }
}
