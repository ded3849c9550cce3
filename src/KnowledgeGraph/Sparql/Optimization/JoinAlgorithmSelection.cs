using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Chooses each join's algorithm by the shape of its right side: index nested loops when the right side can use
/// the left side's bindings for lookups, a hash join when it cannot — no shared variables (evaluate once, not once
/// per left solution) or a sub-select / aggregate / slice that must be computed whole anyway.
/// </summary>
internal sealed class JoinAlgorithmSelection : IAlgebraOptimizer
{
    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context) =>
        node.TransformUp(n => n is Join j ? j.WithStrategy(Choose(j)) : n);

    private static JoinStrategy Choose(Join j)
    {
        if (!j.Left.InScopeVariables().Overlaps(j.Right.InScopeVariables())) return JoinStrategy.Hash;
        var right = j.Right is ToMultiSet t ? t.Inner : j.Right;
        if (right is Slice or Group or Distinct or Reduced or OrderBy or Project) return JoinStrategy.Hash;
        return JoinStrategy.NestedLoop;
    }
}
