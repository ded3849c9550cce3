using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Storage;

/// <summary>
/// An immutable set of id triples kept in three sorted orders (SPO, POS, OSP), so that every pattern of bound
/// positions is a binary-searched run of one of them. Never mutated once built, so any number of readers may share
/// it without locks; the in-memory store publishes a new table per change set and snapshots hold on to old ones.
/// </summary>
/// <remarks>
/// A table is either flat (the three arrays hold every triple) or layered: a flat base plus two small flat tables,
/// the triples added since the base and the base's triples removed since. Publishing a small change set then costs
/// the size of the layers, not of the graph, so many small commits stay linear; the layers are folded into a new
/// flat table once they outgrow <see cref="LayerLimit"/>, or when a reader asks for a run too long to merge on the fly.
/// </remarks>
internal sealed partial class TripleTable
{
    public static readonly TripleTable Empty = new([], [], []);

    private readonly TripleTable? _base;
    private readonly TripleTable? _added;
    private readonly TripleTable? _removed;
    private TripleTable? _flat;

    public TripleTable(IdTriple[] spo, IdTriple[] pos, IdTriple[] osp)
    {
        Spo = spo;
        Pos = pos;
        Osp = osp;
        Count = spo.Length;
    }

    private TripleTable(TripleTable flatBase, TripleTable added, TripleTable removed)
    {
        Spo = Pos = Osp = [];
        _base = flatBase;
        _added = added;
        _removed = removed;
        Count = flatBase.Count + added.Count - removed.Count;
    }

    /// <summary>The triples in SPO order; only a flat table has them (see <see cref="Flattened"/>).</summary>
    public IdTriple[] Spo { get; }

    public IdTriple[] Pos { get; }

    public IdTriple[] Osp { get; }

    public int Count { get; }

    /// <summary>True when this table is a base with layers of changes rather than three complete arrays.</summary>
    public bool IsLayered => _base is not null;

    /// <summary>A table of <paramref name="triples"/> (sorted in SPO order without duplicates; taken over, not copied).</summary>
    public static TripleTable FromSortedSpo(IdTriple[] triples) =>
        triples.Length == 0 ? Empty : new TripleTable(triples, SortedCopy(triples, IndexOrder.Pos), SortedCopy(triples, IndexOrder.Osp));

    /// <summary>A table of any triples: sorted and deduplicated here.</summary>
    public static TripleTable From(IEnumerable<IdTriple> triples)
    {
        var spo = triples.ToArray();
        new IdTripleComparer(IndexOrder.Spo).Sort(spo);
        int w = 0;
        for (int i = 0; i < spo.Length; i++)
            if (w == 0 || spo[w - 1] != spo[i]) spo[w++] = spo[i];
        if (w != spo.Length) Array.Resize(ref spo, w);
        return FromSortedSpo(spo);
    }

    public static IdTriple[] SortedCopy(IdTriple[] source, IndexOrder order)
    {
        var copy = (IdTriple[])source.Clone();
        new IdTripleComparer(order).Sort(copy);
        return copy;
    }

    public bool Contains(IdTriple t)
    {
        if (_base is null) return Spo.AsSpan().BinarySearch(t, default(SpoOrder)) >= 0;
        return _added!.Contains(t) || (_base.Contains(t) && !_removed!.Contains(t));
    }

    /// <summary>All triples matching the pattern; 0 in a position means unbound. With only the subject bound, the
    /// run is in predicate, object order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TripleRange Match(int s, int p, int o)
    {
        if (_base is not null) return LayeredMatch(s, p, o);
        if (s != 0)
        {
            if (p != 0) return o != 0 ? Prefix(Spo, IndexOrder.Spo, s, p, o, 3) : Prefix(Spo, IndexOrder.Spo, s, p, 0, 2);
            return o != 0 ? Prefix(Osp, IndexOrder.Osp, o, s, 0, 2) : Prefix(Spo, IndexOrder.Spo, s, 0, 0, 1);
        }
        if (p != 0) return o != 0 ? Prefix(Pos, IndexOrder.Pos, p, o, 0, 2) : Prefix(Pos, IndexOrder.Pos, p, 0, 0, 1);
        if (o != 0) return Prefix(Osp, IndexOrder.Osp, o, 0, 0, 1);
        return new TripleRange(Spo, 0, Spo.Length);
    }

    /// <summary>
    /// <paramref name="current"/> with <paramref name="sortedAdded"/> merged in and <paramref name="sortedRemoved"/>
    /// left out, all three sorted in <paramref name="order"/>.
    /// </summary>
    internal static IdTriple[] MergeInto(IdTriple[] current, IdTriple[] sortedAdded, IdTriple[]? sortedRemoved, IndexOrder order) => order switch
    {
        IndexOrder.Spo => Merge(current, sortedAdded, sortedRemoved ?? [], default(SpoOrder)),
        IndexOrder.Pos => Merge(current, sortedAdded, sortedRemoved ?? [], default(PosOrder)),
        _ => Merge(current, sortedAdded, sortedRemoved ?? [], default(OspOrder)),
    };

    /// <summary>The removed triples of a change set sorted in <paramref name="order"/> (null when there are none).</summary>
    internal static IdTriple[]? SortedRemoved(HashSet<IdTriple>? removed, IndexOrder order)
    {
        if (removed is null || removed.Count == 0) return null;
        var array = new IdTriple[removed.Count];
        removed.CopyTo(array);
        new IdTripleComparer(order).Sort(array);
        return array;
    }

    // One merge per order, specialised by the comparer's type so comparisons are inlined; the removed triples are
    // walked alongside (a hash probe per element of a million-triple array cost more than the merge itself).
    private static IdTriple[] Merge<TOrder>(IdTriple[] current, IdTriple[] added, IdTriple[] removed, TOrder order)
        where TOrder : struct, IComparer<IdTriple>
    {
        if (removed.Length == 0 && added.Length * 32 < current.Length) return InsertFew(current, added, order);
        var result = new IdTriple[current.Length + added.Length];
        int i = 0, j = 0, r = 0, k = 0;
        while (i < current.Length || j < added.Length)
        {
            IdTriple next;
            if (j >= added.Length || (i < current.Length && order.Compare(current[i], added[j]) < 0)) next = current[i++];
            else next = added[j++];
            if (r < removed.Length)
            {
                while (r < removed.Length && order.Compare(removed[r], next) < 0) r++;
                if (r < removed.Length && removed[r] == next)
                {
                    r++;
                    continue;
                }
            }
            result[k++] = next;
        }
        if (k != result.Length) Array.Resize(ref result, k);
        return result;
    }

    /// <summary>
    /// The merge for a few additions into a long array (the usual commit): each addition's place is binary-searched
    /// and the runs between them are block-copied, instead of comparing every element.
    /// </summary>
    private static IdTriple[] InsertFew<TOrder>(IdTriple[] current, IdTriple[] sortedAdded, TOrder order)
        where TOrder : struct, IComparer<IdTriple>
    {
        var result = new IdTriple[current.Length + sortedAdded.Length];
        int from = 0, written = 0;
        foreach (var t in sortedAdded)
        {
            int at = current.AsSpan(from).BinarySearch(t, order);
            at = from + (at < 0 ? ~at : at);
            int run = at - from;
            Array.Copy(current, from, result, written, run);
            written += run;
            result[written++] = t;
            from = at;
        }
        Array.Copy(current, from, result, written, current.Length - from);
        return result;
    }

    private static TripleRange Prefix(IdTriple[] array, IndexOrder order, int k1, int k2, int k3, int bound)
    {
        int lo = LowerBound(array, order, k1, k2, k3, bound, upper: false, from: 0, to: array.Length);
        // Most bound lookups match a few triples: step over them, then gallop (8, 16, 32, ... ahead) instead of
        // searching the whole array again, so the end is found among cache lines next to the start.
        int hi = lo, scanEnd = Math.Min(array.Length, lo + 8);
        while (hi < scanEnd && ComparePrefix(array[hi], order, k1, k2, k3, bound) == 0) hi++;
        if (hi == scanEnd && hi < array.Length)
        {
            int matched = hi - 1, step = 8, probe = hi;
            while (probe < array.Length && ComparePrefix(array[probe], order, k1, k2, k3, bound) == 0)
            {
                matched = probe;
                step *= 2;
                probe = matched + step < 0 ? array.Length : matched + step;
            }
            hi = LowerBound(array, order, k1, k2, k3, bound, upper: true, from: matched + 1, to: Math.Min(probe, array.Length));
        }
        return new TripleRange(array, lo, hi - lo);
    }

    /// <summary>First index in [<paramref name="from"/>, <paramref name="to"/>) whose key prefix is &gt;= (or &gt; when
    /// <paramref name="upper"/>) the given prefix; <paramref name="to"/> when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LowerBound(IdTriple[] array, IndexOrder order, int k1, int k2, int k3, int bound, bool upper, int from, int to)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = ComparePrefix(array[mid], order, k1, k2, k3, bound);
            if (c < 0 || (upper && c == 0)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ComparePrefix(IdTriple t, IndexOrder order, int k1, int k2, int k3, int bound)
    {
        (int a, int b, int c) = order switch
        {
            IndexOrder.Spo => (t.S, t.P, t.O),
            IndexOrder.Pos => (t.P, t.O, t.S),
            _ => (t.O, t.S, t.P),
        };
        if (a != k1) return a < k1 ? -1 : 1;
        if (bound == 1) return 0;
        if (b != k2) return b < k2 ? -1 : 1;
        if (bound == 2) return 0;
        return c == k3 ? 0 : c < k3 ? -1 : 1;
    }
}
