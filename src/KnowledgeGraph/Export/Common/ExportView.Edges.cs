using KnowledgeGraph.Storage;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

internal sealed partial class ExportView
{
    /// <summary>Number of edges (in and out) at the node; a self-loop counts twice.</summary>
    public int Degree(int node)
    {
        int id = _nodes[node], degree = 0;
        foreach (var t in Outgoing(id)) if (IsEdge(t)) degree++;
        foreach (var t in Incoming(id)) if (IsEdge(t)) degree++;
        return degree;
    }

    /// <summary>
    /// Fills <paramref name="edges"/> with the node's outgoing edges sorted by predicate IRI, then target node, so the
    /// edge order (and the edge ids numbered along it) depend only on the graph's content.
    /// </summary>
    public void CollectOutgoingEdges(int node, List<IdTriple> edges)
    {
        edges.Clear();
        foreach (var t in Outgoing(_nodes[node]))
            if (IsEdge(t)) edges.Add(t);
        if (edges.Count > 1)
            edges.Sort((a, b) =>
            {
                int c = _predicates[a.P].Rank.CompareTo(_predicates[b.P].Rank);
                return c != 0 ? c : _nodeOf[a.O].CompareTo(_nodeOf[b.O]);
            });
    }

    /// <summary>Enumerates every edge in export order with its source and target node indexes.</summary>
    public IEnumerable<(int Source, int Target, PredicateInfo Predicate)> Edges(CancellationToken ct)
    {
        var buffer = new List<IdTriple>();
        for (int node = 0; node < _nodes.Length; node++)
        {
            if ((node & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            CollectOutgoingEdges(node, buffer);
            foreach (var t in buffer) yield return (node, _nodeOf[t.O], _predicates[t.P]);
        }
    }
}
