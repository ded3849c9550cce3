using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Orders the triple patterns of each BGP greedily by estimated result size: exact index counts for the constant
/// positions, discounted for each position already bound by an earlier pattern, and never a pattern that shares no
/// variable with the ones before while one that does is available (no accidental cartesian products).
/// </summary>
internal sealed class BgpJoinOrdering : IAlgebraOptimizer
{
    public AlgebraNode Optimize(AlgebraNode node, OptimizerContext context) =>
        node.TransformUp(n => n is Bgp { Patterns.Count: > 1 } bgp && !bgp.Ordered ? Order(bgp, new HashSet<string>(), context) : n);

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
