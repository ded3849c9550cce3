using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Gives blank nodes labels that depend on the graph's shape rather than on the labels they arrived with, so the same
/// dataset is written as the same bytes whichever parser produced it. A few rounds of colour refinement (each node's
/// colour is a hash of its quads, with neighbouring blank nodes replaced by their colours) order the nodes; nodes that
/// remain indistinguishable are ordered by their original labels.
/// </summary>
internal static class BlankNodeLabeler
{
    private const int Rounds = 4;

    public static List<Quad> Relabel(IReadOnlyList<Quad> quads, CancellationToken cancellationToken)
    {
        var incident = new Dictionary<BlankNode, List<int>>();
        for (int i = 0; i < quads.Count; i++)
            foreach (var t in Terms(quads[i]))
                if (t is BlankNode b)
                {
                    if (!incident.TryGetValue(b, out var list)) incident[b] = list = new List<int>();
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
        if (incident.Count == 0) return quads as List<Quad> ?? quads.ToList();
        var colour = incident.Keys.ToDictionary(b => b, _ => 0UL);
        for (int round = 0; round < Rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new Dictionary<BlankNode, ulong>(colour.Count);
            foreach (var (node, indexes) in incident)
            {
                var signatures = new List<string>(indexes.Count);
                foreach (var i in indexes) signatures.Add(Signature(quads[i], node, colour));
                signatures.Sort(StringComparer.Ordinal);
                next[node] = Hash(colour[node] + "\n" + string.Join("\n", signatures));
            }
            colour = next;
        }
        var order = incident.Keys.OrderBy(b => colour[b]).ThenBy(b => b.Label, StringComparer.Ordinal).ToList();
        var labels = new Dictionary<BlankNode, BlankNode>(order.Count);
        for (int i = 0; i < order.Count; i++) labels[order[i]] = BlankNode.Create("b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Term Map(Term t) => t is BlankNode b ? labels[b] : t;
        var result = new List<Quad>(quads.Count);
        foreach (var q in quads)
            result.Add(new Quad(Map(q.Subject), q.Predicate, Map(q.Object), q.Graph is null ? null : Map(q.Graph)));
        return result;
    }

    private static IEnumerable<Term> Terms(Quad q)
    {
        yield return q.Subject;
        yield return q.Object;
        if (q.Graph is not null) yield return q.Graph;
    }

    private static string Signature(Quad q, BlankNode self, Dictionary<BlankNode, ulong> colour)
    {
        string Part(Term? t) => t switch
        {
            null => "",
            BlankNode b when b.Equals(self) => "@self",
            BlankNode b => "_:" + colour[b].ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
            _ => t.ToString(),
        };
        return Part(q.Subject) + " " + q.Predicate + " " + Part(q.Object) + " " + Part(q.Graph);
    }

    /// <summary>64-bit FNV-1a: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong Hash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }
}
