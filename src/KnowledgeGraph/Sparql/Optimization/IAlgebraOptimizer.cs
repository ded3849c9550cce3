using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>One rewrite of the algebra that keeps its meaning (a small, separately testable rule).</summary>
internal interface IAlgebraOptimizer
{
    AlgebraNode Optimize(AlgebraNode node, OptimizerContext context);
}

/// <summary>What rules may consult: the dataset's index statistics.</summary>
internal sealed class OptimizerContext
{
    public OptimizerContext(QueryDatasetView? dataset) => Dataset = dataset;

    public QueryDatasetView? Dataset { get; }

    /// <summary>Exact number of default-graph triples matching the constant positions (null = any).</summary>
    public long Count(Model.Term? s, Model.Term? p, Model.Term? o)
    {
        if (Dataset is null) return 1000;
        int Id(Model.Term? t) => t is null ? 0 : Dataset.Reader.TryGetId(t, out int id) ? id : -1;
        int si = Id(s), pi = Id(p), oi = Id(o);
        if (si < 0 || pi < 0 || oi < 0) return 0;
        return Dataset.DefaultGraph.Match(si, pi, oi).Length;
    }
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
