using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingQueries
{
    /// <summary>
    /// The nodes within <paramref name="hops"/> links of <paramref name="actor"/>, following links in either direction
    /// between the graph's own nodes (IRIs under <c>https://w3id.org/decoupling/id/</c>), and the links among them.
    /// Types, labels and vocabulary terms (statuses, topics) are not nodes of the neighbourhood; claims, quantities and
    /// times are left out unless <paramref name="includeProvenance"/> is true.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hops"/> is negative.</exception>
    public Neighbourhood NeighbourhoodOf(NamedNode actor, int hops, bool includeProvenance = false)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        var distance = new Dictionary<NamedNode, int> { [actor] = 0 };
        var frontier = new List<NamedNode> { actor };
        for (int d = 1; d <= hops && frontier.Count > 0; d++)
        {
            var next = new List<NamedNode>();
            foreach (var node in frontier)
                foreach (var neighbour in Links(node, includeProvenance).Select(l => l.From.Equals(node) ? l.To : l.From))
                    if (distance.TryAdd(neighbour, d)) next.Add(neighbour);
            frontier = next;
        }
        var edges = distance.Keys
            .SelectMany(n => Links(n, includeProvenance))
            .Where(l => distance.ContainsKey(l.From) && distance.ContainsKey(l.To))
            .Distinct()
            .OrderBy(l => l.From.Value, StringComparer.Ordinal).ThenBy(l => l.Property.Value, StringComparer.Ordinal).ThenBy(l => l.To.Value, StringComparer.Ordinal)
            .ToList();
        var nodes = distance
            .OrderBy(kv => kv.Value).ThenBy(kv => kv.Key.Value, StringComparer.Ordinal)
            .Select(kv => new NeighbourNode(Describe(kv.Key), kv.Value))
            .ToList();
        return new Neighbourhood(Describe(actor), nodes, edges);
    }

    private IEnumerable<NeighbourEdge> Links(NamedNode node, bool includeProvenance)
    {
        foreach (var t in _graph.Match(node))
            if (t.Object is NamedNode o && IsLinkable(o, includeProvenance) && !t.Predicate.Equals(Vocab.Rdf.Type))
                yield return new NeighbourEdge(node, t.Predicate, o);
        foreach (var t in _graph.Match(null, null, node))
            if (t.Subject is NamedNode s && IsLinkable(s, includeProvenance))
                yield return new NeighbourEdge(s, t.Predicate, node);
    }

    private bool IsLinkable(NamedNode node, bool includeProvenance)
    {
        if (Dcp.IdOf(node) is null) return false;
        if (includeProvenance) return true;
        return !HasTypeIn(node, _model.SubClassesOf(Dcp.Claim))
               && !HasTypeIn(node, _model.SubClassesOf(Dcp.Quantity))
               && !_graph.Objects(node, Vocab.Rdf.Type).Any(t => t is NamedNode n && n.Value.StartsWith(ExternalVocab.TimeNs, StringComparison.Ordinal));
    }
}
