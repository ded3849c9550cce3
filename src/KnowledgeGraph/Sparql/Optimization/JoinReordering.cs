using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Join is commutative and associative, so a chain of joins is flattened and its operands evaluated cheapest
/// first given what is already bound: BGPs by index counts, property paths cheap once an end is a constant or
/// bound and very expensive otherwise (all nodes × closure). BGPs are ordered against the variables bound by the
/// operands before them.
/// </summary>
internal sealed class JoinReordering : IAlgebraOptimizer
{
    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context) =>
        node.TransformUp(n => n is Join j ? Reorder(j, context) : n);

    private static AlgebraNode Reorder(Join join, OptimizerContext context)
    {
        var operands = new List<AlgebraNode>();
        var stack = new Stack<AlgebraNode>();
        stack.Push(join);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is Join j) { stack.Push(j.Right); stack.Push(j.Left); }
            else operands.Add(n);
        }
        var bound = new HashSet<string>();
        AlgebraNode? result = null;
        while (operands.Count > 0)
        {
            int best = 0;
            double bestCost = double.MaxValue;
            for (int i = 0; i < operands.Count; i++)
            {
                double c = Cost(operands[i], bound, context);
                if (c < bestCost) { bestCost = c; best = i; }
            }
            var next = operands[best];
            operands.RemoveAt(best);
            if (next is Bgp bgp && bgp.Patterns.Count > 1) next = BgpJoinOrdering.Order(bgp, bound, context);
            result = result is null ? next : new Join(result, next);
            next.CollectCertain(bound);
        }
        return result!;
    }

    private static double Cost(AlgebraNode n, HashSet<string> bound, OptimizerContext context)
    {
        bool shares = bound.Count == 0 || n.InScopeVariables().Overlaps(bound);
        double penalty = shares ? 1 : 1e3;
        switch (n)
        {
            case Bgp bgp:
                {
                    double min = double.MaxValue;
                    foreach (var p in bgp.Patterns)
                    {
                        double c = context.Count(p.Subject.Term, p.Predicate.Term, p.Object.Term);
                        if (p.Subject.Variable is { } s && bound.Contains(s)) c = 1 + c / 1000;
                        else if (p.Object.Variable is { } o && bound.Contains(o)) c = 1 + c / 100;
                        min = Math.Min(min, c);
                    }
                    return (bgp.Patterns.Count == 0 ? 0 : min) * penalty;
                }
            case PathPattern path:
                {
                    bool startKnown = path.Subject.Term is not null || bound.Contains(path.Subject.Variable!);
                    bool endKnown = path.Object.Term is not null || bound.Contains(path.Object.Variable!);
                    return (startKnown || endKnown ? 50 : 1e8) * penalty;
                }
            case Table t:
                return t.Rows.Count * penalty;
            default:
                return 1e5 * penalty;
        }
    }
}
