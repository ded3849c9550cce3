using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// The optimised algebra of one parsed query, kept across executions so a repeated query is not planned again.
/// A plan is only ever a cheaper or dearer way to the same answer, so reusing one is always correct; what decides
/// reuse is cost: each plan remembers the cardinalities the optimiser consulted, and is reused while every one of
/// them still holds in the data the query now reads (zero stays zero, any other count stays within a factor of two),
/// which re-measuring costs a few index lookups. After an update that moves the statistics, the query is planned
/// again and the new plan replaces the oldest.
/// </summary>
/// <remarks>Thread-safe: entries are immutable and the list is swapped atomically; at most <see cref="Capacity"/>
/// plans per query (one per shape of data it has met, typically one).</remarks>
internal sealed class PlanCache
{
    /// <summary>Plans kept per query: a query run over a few different datasets keeps one for each.</summary>
    public const int Capacity = 4;

    private Entry[] _entries = [];

    /// <summary>The cached plan whose cardinalities still hold under <paramref name="countMatches"/>, else a new plan
    /// (which is then cached).</summary>
    public AlgebraNode GetOrPlan(AlgebraNode algebra, Func<Term?, Term?, Term?, long> countMatches)
    {
        var entries = Volatile.Read(ref _entries);
        foreach (var entry in entries)
            if (entry.StillHolds(countMatches)) return entry.Plan;
        var probes = new List<Probe>();
        var plan = AlgebraOptimizer.Default.Optimize(algebra, new OptimizerContext((s, p, o) =>
        {
            long n = countMatches(s, p, o);
            lock (probes) probes.Add(new Probe(s, p, o, n));
            return n;
        }));
        var added = new Entry(plan, probes.ToArray());
        while (true)
        {
            var current = Volatile.Read(ref _entries);
            Entry[] next = current.Length < Capacity ? [.. current, added] : [.. current.AsSpan(1), added];
            if (ReferenceEquals(Interlocked.CompareExchange(ref _entries, next, current), current)) return plan;
        }
    }

    private readonly record struct Probe(Term? Subject, Term? Predicate, Term? Object, long Count);

    private sealed class Entry(AlgebraNode plan, Probe[] probes)
    {
        public AlgebraNode Plan { get; } = plan;

        public bool StillHolds(Func<Term?, Term?, Term?, long> countMatches)
        {
            foreach (var probe in probes)
            {
                long now = countMatches(probe.Subject, probe.Predicate, probe.Object);
                if (now == probe.Count) continue;
                if (now == 0 || probe.Count == 0 || now > 2 * probe.Count || probe.Count > 2 * now) return false;
            }
            return true;
        }
    }
}
