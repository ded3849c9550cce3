namespace KnowledgeGraph.Tests.Architecture;

/// <summary>Finds the cycles of a namespace graph: each strongly connected group of two or more namespaces, shown as
/// one closed path through it, every step with the type pair that makes it.</summary>
public static class NamespaceCycles
{
    /// <summary>One line per cycle: <c>A -> B via T -> U; B -> A via V -> W</c>.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<TypeDependency> dependencies)
    {
        var edges = LayerRules.Edges(dependencies);
        var next = edges.GroupBy(e => e.FromNamespace).ToDictionary(g => g.Key, g => g.ToList());
        var nodes = edges.SelectMany(e => new[] { e.FromNamespace, e.ToNamespace }).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var group in StronglyConnected(nodes, next))
        {
            if (group.Count < 2) continue;
            var path = ClosedPath(group, next);
            var members = string.Join(", ", group.OrderBy(n => n, StringComparer.Ordinal));
            result.Add($"{members} depend on each other, e.g. " + string.Join("; ", path.Select(e => e.ToString())));
        }
        return result;
    }

    /// <summary>Tarjan's algorithm (recursive: namespace graphs are small).</summary>
    private static List<HashSet<string>> StronglyConnected(IEnumerable<string> nodes, Dictionary<string, List<TypeDependency>> next)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var groups = new List<HashSet<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var e in next.GetValueOrDefault(v) ?? [])
            {
                var w = e.ToNamespace;
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new HashSet<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); group.Add(x); } while (x != v);
            groups.Add(group);
        }
        foreach (var n in nodes) if (!index.ContainsKey(n)) Visit(n);
        return groups;
    }

    /// <summary>A shortest cycle through the group's first namespace (breadth-first inside the group).</summary>
    private static List<TypeDependency> ClosedPath(HashSet<string> group, Dictionary<string, List<TypeDependency>> next)
    {
        var start = group.OrderBy(n => n, StringComparer.Ordinal).First();
        var cameBy = new Dictionary<string, TypeDependency>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var e in next.GetValueOrDefault(v) ?? [])
            {
                if (!group.Contains(e.ToNamespace)) continue;
                if (e.ToNamespace == start)
                {
                    var path = new List<TypeDependency> { e };
                    for (var at = v; at != start; at = cameBy[at].FromNamespace) path.Add(cameBy[at]);
                    path.Reverse();
                    return path;
                }
                if (cameBy.TryAdd(e.ToNamespace, e)) queue.Enqueue(e.ToNamespace);
            }
        }
        throw new InvalidOperationException("a strongly connected group has a cycle through each of its members");
    }
}
