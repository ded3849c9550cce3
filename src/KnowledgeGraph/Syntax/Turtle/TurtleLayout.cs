using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// What the pretty writers need to know before writing: triples grouped by graph and subject, how often each blank
/// node is used as an object, and in which graphs it occurs, so that a blank node can be written inline
/// (<c>[ … ]</c> or <c>( … )</c>) only when that loses nothing.
/// </summary>
internal sealed class TurtleLayout
{
    /// <summary>A graph's triples: subject → (predicate, object) pairs.</summary>
    public sealed class GraphPart
    {
        public GraphPart(Term? name) => Name = name;

        public Term? Name { get; }

        public Dictionary<Term, List<KeyValuePair<NamedNode, Term>>> Subjects { get; } = new();
    }

    private readonly Dictionary<BlankNode, int> _objectUses = new();
    private readonly Dictionary<BlankNode, Term?> _homeGraph = new();
    private readonly HashSet<BlankNode> _multiGraph = new();
    private readonly HashSet<Term> _graphNames = new();
    private static readonly BlankNode s_defaultGraphMarker = BlankNode.Create("default-graph-marker");

    public TurtleLayout(IEnumerable<Quad> quads, bool allowNamedGraphs, CancellationToken cancellationToken)
    {
        var parts = new Dictionary<Term, GraphPart>();
        int untilCheck = 4096;
        foreach (var quad in quads)
        {
            if (--untilCheck == 0)
            {
                untilCheck = 4096;
                cancellationToken.ThrowIfCancellationRequested();
            }
            var graph = quad.Graph;
            if (graph is not null && !allowNamedGraphs)
                throw new InvalidOperationException($"Turtle cannot hold the named graph {graph}; write TriG or N-Quads instead (nothing was dropped).");
            var key = graph ?? s_defaultGraphMarker;
            if (!parts.TryGetValue(key, out var part))
            {
                part = new GraphPart(graph);
                parts.Add(key, part);
                if (graph is not null) _graphNames.Add(graph);
            }
            if (!part.Subjects.TryGetValue(quad.Subject, out var list))
            {
                list = new List<KeyValuePair<NamedNode, Term>>(4);
                part.Subjects.Add(quad.Subject, list);
            }
            list.Add(new(quad.Predicate, quad.Object));
            if (quad.Subject is BlankNode bs) NoteGraph(bs, graph);
            if (quad.Object is BlankNode bo)
            {
                _objectUses[bo] = _objectUses.TryGetValue(bo, out int n) ? n + 1 : 1;
                NoteGraph(bo, graph);
            }
        }
        foreach (var part in parts.Values)
            foreach (var list in part.Subjects.Values)
                SortAndDeduplicate(list);
        Graphs = parts.Values
            .OrderBy(p => p.Name is null ? 0 : 1)
            .ThenBy(p => p.Name, TermOrder.Instance)
            .ToList();
    }

    /// <summary>The default graph first, then named graphs in term order.</summary>
    public IReadOnlyList<GraphPart> Graphs { get; }

    private void NoteGraph(BlankNode node, Term? graph)
    {
        if (_homeGraph.TryGetValue(node, out var home))
        {
            if (!Equals(home, graph)) _multiGraph.Add(node);
        }
        else _homeGraph.Add(node, graph);
    }

    /// <summary>How many triples have <paramref name="node"/> as object.</summary>
    public int ObjectUses(BlankNode node) => _objectUses.TryGetValue(node, out int n) ? n : 0;

    /// <summary>
    /// True when <paramref name="node"/> can be written where it is used (inline as an object, or as a top-level
    /// <c>[ … ]</c>): used at most once as an object, in one graph only, and never as a graph name.
    /// </summary>
    public bool CanInline(BlankNode node, int maxUses) =>
        ObjectUses(node) <= maxUses && !_multiGraph.Contains(node) && !_graphNames.Contains(node);

    private static void SortAndDeduplicate(List<KeyValuePair<NamedNode, Term>> list)
    {
        if (list.Count < 2) return;
        list.Sort(static (a, b) =>
        {
            bool at = a.Key.Equals(Vocab.Rdf.Type), bt = b.Key.Equals(Vocab.Rdf.Type);
            if (at != bt) return at ? -1 : 1;
            int c = string.CompareOrdinal(a.Key.Value, b.Key.Value);
            return c != 0 ? c : TermOrder.Instance.Compare(a.Value, b.Value);
        });
        int w = 1;
        for (int r = 1; r < list.Count; r++)
        {
            if (list[r].Key.Equals(list[w - 1].Key) && list[r].Value.Equals(list[w - 1].Value)) continue;
            list[w++] = list[r];
        }
        list.RemoveRange(w, list.Count - w);
    }
}

/// <summary>Output order for subjects and objects: IRIs, then blank nodes, then literals; ordinal within a kind.</summary>
internal sealed class TermOrder : IComparer<Term?>
{
    public static readonly TermOrder Instance = new();

    public int Compare(Term? x, Term? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = Rank(x).CompareTo(Rank(y));
        return c != 0 ? c : x.CompareTo(y);
    }

    private static int Rank(Term t) => t.Kind switch
    {
        TermKind.NamedNode => 0,
        TermKind.BlankNode => 1,
        _ => 2,
    };
}
