using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Orders the triple patterns of each BGP greedily by estimated result size: exact index counts for the constant
/// positions, discounted for each position already bound by an earlier pattern, and never a pattern that shares no
/// variable with the ones before while one that does is available (no accidental cartesian products). Walks the tree
/// top-down so a BGP evaluated once per outer solution (right of a nested-loop join or OPTIONAL, inside EXISTS)
/// is ordered knowing which variables the outer solution binds.
/// </summary>
internal sealed class BgpJoinOrdering : IAlgebraOptimizer
{
    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context) => Visit(node, new HashSet<string>(), context);

    private static AlgebraNode Visit(AlgebraNode node, HashSet<string> bound, OptimizerContext context)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case Bgp bgp:
                return bgp.Patterns.Count > 1 && !bgp.Ordered ? Order(bgp, bound, context) : bgp;
            case Join j when j.Strategy == JoinStrategy.NestedLoop:
                {
                    var left = Visit(j.Left, bound, context);
                    var inner = new HashSet<string>(bound);
                    left.CollectCertain(inner);
                    return new Join(left, Visit(j.Right, inner, context), j.Strategy);
                }
            case LeftJoin lj:
                {
                    var left = Visit(lj.Left, bound, context);
                    var inner = new HashSet<string>(bound);
                    left.CollectCertain(inner);
                    return new LeftJoin(left, Visit(lj.Right, inner, context), lj.Condition);
                }
            case Filter f:
                {
                    var inner = Visit(f.Inner, bound, context);
                    var scope = new HashSet<string>(bound);
                    inner.CollectInScope(scope);
                    var condition = f.Condition.Transform(e =>
                        e is Algebra.ExistsExpression ex ? ex.WithPattern(Visit(ex.Pattern, scope, context)) : e);
                    return new Filter(condition, inner);
                }
            case Group or Slice or Minus:
                return node.WithChildren(node.Children.Select(c => Visit(c, new HashSet<string>(), context)).ToList());
            default:
                {
                    var kids = node.Children;
                    if (kids.Count == 0) return node;
                    var restricted = new HashSet<string>(bound);
                    restricted.IntersectWith(node.InScopeVariables());
                    return node.WithChildren(kids.Select(c => Visit(c, restricted, context)).ToList());
                }
        }
    }

    public static Bgp Order(Bgp bgp, ISet<string> bound, OptimizerContext context)
    {
        var remaining = bgp.Patterns.ToList();
        var ordered = new List<TriplePattern>(remaining.Count);
        var known = new HashSet<string>(bound);
        var counts = remaining.Select(p => context.Count(p.Subject.Term, p.Predicate.Term, p.Object.Term)).ToList();
        while (remaining.Count > 0)
        {
            int best = 0;
            double bestCost = double.MaxValue;
            for (int i = 0; i < remaining.Count; i++)
            {
                double cost = Estimate(remaining[i], known, counts[i]);
                if (cost < bestCost) { bestCost = cost; best = i; }
            }
            var chosen = remaining[best];
            remaining.RemoveAt(best);
            counts.RemoveAt(best);
            ordered.Add(chosen);
            foreach (var t in chosen.Terms)
                if (t.Variable is not null) known.Add(t.Variable);
        }
        return new Bgp(ordered) { Ordered = true };
    }

    private static double Estimate(TriplePattern p, HashSet<string> known, long count)
    {
        int boundVars = 0, vars = 0;
        foreach (var t in p.Terms)
        {
            if (t.Variable is null) continue;
            vars++;
            if (known.Contains(t.Variable)) boundVars++;
        }
        double cost = count;
        if (boundVars > 0)
        {
            // A bound subject or object is usually very selective; a bound predicate much less so.
            if (p.Subject.Variable is { } s && known.Contains(s)) cost = Math.Min(cost, 1 + cost / 1000);
            if (p.Object.Variable is { } o && known.Contains(o)) cost = Math.Min(cost, 1 + cost / 100);
            cost /= 2;
        }
        else if (known.Count > 0 && vars > 0) cost = cost * 1000 + 1e6; // would be a cartesian product
        return cost;
    }
}
