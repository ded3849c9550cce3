using System.Text;
using KnowledgeGraph.Model;
using QuikGraph.Algorithms.ConnectedComponents;

namespace KnowledgeGraph.Analysis;

public sealed partial class GraphProjection
{
    /// <summary>
    /// A shortest path (fewest hops) from <paramref name="from"/> to <paramref name="to"/>, or null when there is
    /// none. With <paramref name="directed"/> false (the default) edges may be walked backwards, which is what "how is
    /// A connected to B" usually means; each step says which way it went.
    /// </summary>
    /// <exception cref="ArgumentException">A resource is not a vertex of the projection.</exception>
    public ResourcePath? ShortestPath(Term from, Term to, bool directed = false)
    {
        RequireVertex(from, nameof(from));
        RequireVertex(to, nameof(to));
        var reachedBy = new Dictionary<Term, PathStep?> { [from] = null };
        var queue = new Queue<Term>();
        queue.Enqueue(from);
        while (queue.Count > 0 && !reachedBy.ContainsKey(to))
        {
            var v = queue.Dequeue();
            foreach (var step in Steps(v, directed))
            {
                if (reachedBy.ContainsKey(step.To)) continue;
                reachedBy[step.To] = step;
                queue.Enqueue(step.To);
            }
        }
        if (!reachedBy.ContainsKey(to)) return null;
        var steps = new List<PathStep>();
        for (var at = to; reachedBy[at] is { } step; at = step.From) steps.Add(step);
        steps.Reverse();
        return new ResourcePath(from, to, steps, Explain(from, steps));
    }

    /// <summary>The weakly connected components, largest first (QuikGraph's algorithm).</summary>
    public IReadOnlyList<ConnectedComponent> WeaklyConnectedComponents()
    {
        var algorithm = new WeaklyConnectedComponentsAlgorithm<Term, PredicateEdge>(Graph);
        algorithm.Compute();
        return algorithm.Components
            .GroupBy(kv => kv.Value, kv => kv.Key)
            .Select(g => g.OrderBy(t => t).ToList())
            .OrderByDescending(m => m.Count).ThenBy(m => m[0])
            .Select((members, i) => new ConnectedComponent(i, members))
            .ToList();
    }

    /// <summary>Every resource within <paramref name="hops"/> hops of <paramref name="center"/> (ignoring edge direction
    /// unless <paramref name="directed"/>), and the edges among them.</summary>
    /// <exception cref="ArgumentException">The centre is not a vertex of the projection.</exception>
    public Neighbourhood Neighbourhood(Term center, int hops, bool directed = false)
    {
        RequireVertex(center, nameof(center));
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        var distance = new Dictionary<Term, int> { [center] = 0 };
        var frontier = new List<Term> { center };
        for (int d = 1; d <= hops && frontier.Count > 0; d++)
        {
            var next = new List<Term>();
            foreach (var v in frontier)
                foreach (var step in Steps(v, directed))
                    if (distance.TryAdd(step.To, d)) next.Add(step.To);
            frontier = next;
        }
        var members = distance.Select(kv => new NeighbourhoodMember(kv.Key, LabelOf(kv.Key), kv.Value))
            .OrderBy(m => m.Distance).ThenBy(m => m.Resource).ToList();
        var edges = distance.Keys.SelectMany(v => Graph.OutEdges(v)).Where(e => distance.ContainsKey(e.Target))
            .OrderBy(e => e.Source).ThenBy(e => e.Predicate).ThenBy(e => e.Target).ToList();
        return new Neighbourhood(center, hops, members, edges);
    }

    private IEnumerable<PathStep> Steps(Term v, bool directed)
    {
        foreach (var e in Graph.OutEdges(v)) yield return new PathStep(v, e.Predicate, e.Target, Forward: true);
        if (directed) yield break;
        foreach (var e in Graph.InEdges(v)) yield return new PathStep(v, e.Predicate, e.Source, Forward: false);
    }

    private string Explain(Term from, List<PathStep> steps)
    {
        var sb = new StringBuilder(LabelOf(from));
        foreach (var s in steps)
        {
            var name = _names.Display(s.Predicate);
            sb.Append(s.Forward ? $" —[{name}]→ " : $" ←[{name}]— ");
            sb.Append(LabelOf(s.To));
        }
        return sb.ToString();
    }

    private void RequireVertex(Term term, string parameter)
    {
        ArgumentNullException.ThrowIfNull(term, parameter);
        if (!Graph.ContainsVertex(term)) throw new ArgumentException($"{term} is not a resource of the projected graph.", parameter);
    }
}
