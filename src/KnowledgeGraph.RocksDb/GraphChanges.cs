using KnowledgeGraph.Storage;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// What an open transaction has added to and removed from one graph, so reads through the transaction see its own
/// writes over the committed snapshot. The added triples are sorted into each key order on the first read after a
/// change, so a request alternating reads (a WHERE) and writes pays one sort per operation, and a lookup is a binary
/// search rather than a pass over everything added. Used by the transaction's thread only.
/// </summary>
internal sealed class GraphChanges
{
    private readonly IdTriple[]?[] _sorted = new IdTriple[3][];

    public HashSet<IdTriple> Added { get; } = [];

    public HashSet<IdTriple> Removed { get; } = [];

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    public bool Add(IdTriple t)
    {
        if (!Added.Add(t)) return false;
        Array.Clear(_sorted);
        return true;
    }

    public bool Unadd(IdTriple t)
    {
        if (!Added.Remove(t)) return false;
        Array.Clear(_sorted);
        return true;
    }

    /// <summary>The committed matches <paramref name="committed"/> (in <paramref name="order"/>) without the removed
    /// triples, merged with the added ones that match the pattern, still in <paramref name="order"/>.</summary>
    public TripleRange Overlay(TripleRange committed, KeyOrder order, int s, int p, int o)
    {
        var added = AddedMatching(order, s, p, o);
        var result = new IdTriple[committed.Length + added.Length];
        int i = 0, j = 0, n = 0;
        var old = committed.Span;
        while (i < old.Length || j < added.Length)
        {
            if (j >= added.Length || (i < old.Length && KeyLayout.Compare(order, old[i], added[j]) < 0))
            {
                var t = old[i++];
                if (!Removed.Contains(t)) result[n++] = t;
            }
            else result[n++] = added[j++];
        }
        return n == 0 ? TripleRange.Empty : new TripleRange(result, 0, n);
    }

    private ReadOnlySpan<IdTriple> AddedMatching(KeyOrder order, int s, int p, int o)
    {
        if (Added.Count == 0) return default;
        var sorted = _sorted[(int)order] ??= Sort(order);
        var (a, b, c) = KeyLayout.Permute(order, new IdTriple(s, p, o));
        int bound = a == 0 ? 0 : b == 0 ? 1 : c == 0 ? 2 : 3;
        if (bound == 0) return sorted;
        // The pattern's bound positions lead in this order: the matches are the run sharing that prefix.
        var low = KeyLayout.Unpermute(order, a, bound > 1 ? b : 0, bound > 2 ? c : 0);
        int start = LowerBound(sorted, order, low);
        int end = start;
        while (end < sorted.Length && SharesPrefix(KeyLayout.Permute(order, sorted[end]), (a, b, c), bound)) end++;
        return sorted.AsSpan(start, end - start);
    }

    private IdTriple[] Sort(KeyOrder order)
    {
        var array = Added.ToArray();
        Array.Sort(array, (x, y) => KeyLayout.Compare(order, x, y));
        return array;
    }

    /// <summary>First index whose triple is not before <paramref name="low"/> in <paramref name="order"/> (ids are
    /// positive, so the pattern with 0 in its unbound positions sorts before all its matches).</summary>
    private static int LowerBound(IdTriple[] sorted, KeyOrder order, IdTriple low)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (KeyLayout.Compare(order, sorted[mid], low) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static bool SharesPrefix((int A, int B, int C) key, (int A, int B, int C) pattern, int bound) =>
        key.A == pattern.A && (bound < 2 || key.B == pattern.B) && (bound < 3 || key.C == pattern.C);
}
