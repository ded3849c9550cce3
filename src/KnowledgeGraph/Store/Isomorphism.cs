using KnowledgeGraph.Model;

namespace KnowledgeGraph.Store;

/// <summary>
/// Decides whether two sets of quads are equal up to a bijection of blank nodes. Blank nodes are first coloured by
/// iterated hashing of their surroundings; where colours leave a choice, one pair is fixed and the colouring refined
/// again, backtracking when that leads to a mismatch. The search keeps its own stack, so large graphs do not
/// deepen the call stack.
/// </summary>
internal static class Isomorphism
{
    public static bool AreIsomorphic(IReadOnlyList<Quad> a, IReadOnlyList<Quad> b)
    {
        if (a.Count != b.Count) return false;
        var groundA = new HashSet<Quad>();
        var groundB = new HashSet<Quad>();
        var blankA = new List<Quad>();
        var blankB = new List<Quad>();
        Split(a, groundA, blankA);
        Split(b, groundB, blankB);
        if (blankA.Count != blankB.Count || !groundA.SetEquals(groundB)) return false;
        if (blankA.Count == 0) return true;

        var sideA = new Side(blankA);
        var sideB = new Side(blankB);
        if (sideA.Nodes.Count != sideB.Nodes.Count) return false;

        var start = (Refine(sideA, InitialColours(sideA)), Refine(sideB, InitialColours(sideB)));
        var stack = new Stack<(Dictionary<BlankNode, long> ca, Dictionary<BlankNode, long> cb)>();
        stack.Push(start);
        int budget = 1_000_000;
        while (stack.Count > 0 && budget-- > 0)
        {
            var (ca, cb) = stack.Pop();
            if (!SameColourCounts(ca, cb)) continue;
            var ambiguous = SmallestAmbiguousClass(ca);
            if (ambiguous is null)
            {
                if (Verify(sideA, sideB, ca, cb)) return true;
                continue;
            }
            var (node, colour) = ambiguous.Value;
            const long Marker = 0x5bd1e995L;
            foreach (var candidate in cb.Where(kv => kv.Value == colour).Select(kv => kv.Key).OrderByDescending(x => x.Label, StringComparer.Ordinal))
            {
                var na = new Dictionary<BlankNode, long>(ca) { [node] = Mix(colour, Marker) };
                var nb = new Dictionary<BlankNode, long>(cb) { [candidate] = Mix(colour, Marker) };
                stack.Push((Refine(sideA, na), Refine(sideB, nb)));
            }
        }
        return false;
    }

    private static void Split(IReadOnlyList<Quad> quads, HashSet<Quad> ground, List<Quad> blank)
    {
        foreach (var q in quads)
        {
            if (q.Subject.IsBlankNode || q.Object.IsBlankNode || (q.Graph?.IsBlankNode ?? false)) blank.Add(q);
            else ground.Add(q);
        }
    }

    private sealed class Side
    {
        public Side(List<Quad> quads)
        {
            Quads = quads;
            foreach (var q in quads)
            {
                foreach (var t in Terms(q))
                    if (t is BlankNode bn && !Incident.ContainsKey(bn)) Incident[bn] = new List<Quad>();
                foreach (var t in Terms(q).Distinct())
                    if (t is BlankNode bn) Incident[bn].Add(q);
            }
            Nodes = Incident.Keys.ToList();
        }

        public List<Quad> Quads { get; }
        public Dictionary<BlankNode, List<Quad>> Incident { get; } = new();
        public List<BlankNode> Nodes { get; }
    }

    private static IEnumerable<Term?> Terms(Quad q)
    {
        yield return q.Subject;
        yield return q.Predicate;
        yield return q.Object;
        yield return q.Graph;
    }

    private static Dictionary<BlankNode, long> InitialColours(Side side) =>
        side.Nodes.ToDictionary(n => n, _ => 17L);

    /// <summary>Recolours each blank node from the hashes of its quads until the number of colours stops growing.</summary>
    private static Dictionary<BlankNode, long> Refine(Side side, Dictionary<BlankNode, long> colours)
    {
        int distinct = colours.Values.Distinct().Count();
        for (int round = 0; round < side.Nodes.Count + 1; round++)
        {
            var next = new Dictionary<BlankNode, long>(colours.Count);
            foreach (var node in side.Nodes)
            {
                long acc = colours[node];
                var parts = new List<long>();
                foreach (var q in side.Incident[node]) parts.Add(QuadHash(q, node, colours));
                parts.Sort();
                foreach (var p in parts) acc = Mix(acc, p);
                next[node] = acc;
            }
            int nd = next.Values.Distinct().Count();
            colours = next;
            if (nd == distinct) break;
            distinct = nd;
        }
        return colours;
    }

    private static long QuadHash(Quad q, BlankNode self, Dictionary<BlankNode, long> colours)
    {
        long h = 31;
        h = Mix(h, TermHash(q.Subject, self, colours, 1));
        h = Mix(h, TermHash(q.Predicate, self, colours, 2));
        h = Mix(h, TermHash(q.Object, self, colours, 3));
        h = Mix(h, TermHash(q.Graph, self, colours, 4));
        return h;
    }

    private static long TermHash(Term? t, BlankNode self, Dictionary<BlankNode, long> colours, int position) => t switch
    {
        null => position,
        BlankNode b when b.Equals(self) => Mix(position, 0x7777),
        BlankNode b => Mix(position, colours[b]),
        _ => Mix(position, StableHash(t.ToString())),
    };

    private static long StableHash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return (long)h;
    }

    private static long Mix(long a, long b)
    {
        ulong x = (ulong)a * 0x9E3779B97F4A7C15UL ^ (ulong)b;
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 29;
        return (long)x;
    }

    private static bool SameColourCounts(Dictionary<BlankNode, long> a, Dictionary<BlankNode, long> b)
    {
        var ca = a.Values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var cb = b.Values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return ca.Count == cb.Count && ca.All(kv => cb.TryGetValue(kv.Key, out int n) && n == kv.Value);
    }

    private static (BlankNode node, long colour)? SmallestAmbiguousClass(Dictionary<BlankNode, long> colours)
    {
        var best = colours.GroupBy(kv => kv.Value).Where(g => g.Count() > 1).OrderBy(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        if (best is null) return null;
        return (best.OrderBy(kv => kv.Key.Label, StringComparer.Ordinal).First().Key, best.Key);
    }

    private static bool Verify(Side a, Side b, Dictionary<BlankNode, long> ca, Dictionary<BlankNode, long> cb)
    {
        var byColour = cb.ToDictionary(kv => kv.Value, kv => kv.Key);
        var map = ca.ToDictionary(kv => kv.Key, kv => byColour[kv.Value]);
        Term? M(Term? t) => t is BlankNode bn ? map[bn] : t;
        var target = new HashSet<Quad>(b.Quads);
        foreach (var q in a.Quads)
        {
            var mapped = new Quad(M(q.Subject)!, q.Predicate, M(q.Object)!, M(q.Graph));
            if (!target.Contains(mapped)) return false;
        }
        return true;
    }
}
