using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store;

/// <summary>
/// The triples of one graph as three sorted arrays (SPO, POS, OSP), so that every pattern of bound positions is a
/// binary-searched prefix of one of them. Writes go to a small pending set and are merged into fresh arrays on the
/// next read; published arrays are never mutated, so readers work on consistent snapshots without locks.
/// </summary>
internal sealed class TripleIndex
{
    private const int LargeLoad = 1 << 18;

    private readonly object _gate = new();
    private IdTriple[] _spo = Array.Empty<IdTriple>();
    private IdTriple[] _pos = Array.Empty<IdTriple>();
    private IdTriple[] _osp = Array.Empty<IdTriple>();
    private HashSet<IdTriple>? _added;
    private HashSet<IdTriple>? _removed;
    private List<IdTriple>? _bulk;

    /// <summary>Number of triples, including pending changes.</summary>
    public int Count
    {
        get
        {
            Flush();
            lock (_gate) return _spo.Length + (_added?.Count ?? 0) - (_removed?.Count ?? 0);
        }
    }

    /// <summary>
    /// Queues a triple without checking for duplicates: the loading path, which keeps 12 bytes per pending triple
    /// instead of a hash set entry. Duplicates are dropped when the queue is merged.
    /// </summary>
    public void AddBulk(IdTriple t)
    {
        lock (_gate) (_bulk ??= new List<IdTriple>(1024)).Add(t);
    }

    public bool Add(IdTriple t)
    {
        if (Volatile.Read(ref _bulk) is not null) Flush();
        lock (_gate)
        {
            if (_removed is not null && _removed.Remove(t)) return true;
            if (BinarySearch(_spo, t, IndexOrder.Spo) >= 0) return false;
            return (_added ??= new HashSet<IdTriple>()).Add(t);
        }
    }

    public bool Remove(IdTriple t)
    {
        if (Volatile.Read(ref _bulk) is not null) Flush();
        lock (_gate)
        {
            if (_added is not null && _added.Remove(t)) return true;
            if (BinarySearch(_spo, t, IndexOrder.Spo) < 0) return false;
            return (_removed ??= new HashSet<IdTriple>()).Add(t);
        }
    }

    public bool Contains(IdTriple t)
    {
        if (Volatile.Read(ref _bulk) is not null) Flush();
        lock (_gate)
        {
            if (_added is not null && _added.Contains(t)) return true;
            if (_removed is not null && _removed.Contains(t)) return false;
            return BinarySearch(_spo, t, IndexOrder.Spo) >= 0;
        }
    }

    /// <summary>All triples matching the pattern; 0 in a position means unbound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TripleRange Match(int s, int p, int o)
    {
        Flush();
        IdTriple[] spo, pos, osp;
        lock (_gate) { spo = _spo; pos = _pos; osp = _osp; }
        if (s != 0)
        {
            if (p != 0) return o != 0 ? Prefix(spo, IndexOrder.Spo, s, p, o, 3) : Prefix(spo, IndexOrder.Spo, s, p, 0, 2);
            return o != 0 ? Prefix(osp, IndexOrder.Osp, o, s, 0, 2) : Prefix(spo, IndexOrder.Spo, s, 0, 0, 1);
        }
        if (p != 0) return o != 0 ? Prefix(pos, IndexOrder.Pos, p, o, 0, 2) : Prefix(pos, IndexOrder.Pos, p, 0, 0, 1);
        if (o != 0) return Prefix(osp, IndexOrder.Osp, o, 0, 0, 1);
        return new TripleRange(spo, 0, spo.Length);
    }

    /// <summary>Number of triples matching the pattern, without enumerating them.</summary>
    public int CountMatches(int s, int p, int o) => Match(s, p, o).Length;

    /// <summary>Merges pending writes into new sorted arrays.</summary>
    public void Flush()
    {
        if (Volatile.Read(ref _added) is null && Volatile.Read(ref _removed) is null && Volatile.Read(ref _bulk) is null) return;
        lock (_gate)
        {
            if (_added is null && _removed is null && _bulk is null) return;
            IdTriple[] added = PendingSortedSpo();
            var removed = _removed;
            _added = null;
            _bulk = null;
            if (_spo.Length == 0 && removed is null)
            {
                // First load: the sorted pending triples are the SPO index; the others are re-sorted copies.
                _spo = added;
                // The bulk queue and what parsing left behind are garbage now: at a million triples about a third of
                // the load's peak memory. Collecting once before the two other orders are allocated keeps the peak
                // near the finished index; it costs milliseconds against a load of seconds, and only large loads pay.
                if (added.Length >= LargeLoad) GC.Collect();
                _pos = SortedCopy(added, IndexOrder.Pos);
                _osp = SortedCopy(added, IndexOrder.Osp);
                return;
            }
            _spo = MergeInto(_spo, added, removed, IndexOrder.Spo);
            _pos = MergeInto(_pos, SortedCopy(added, IndexOrder.Pos), removed, IndexOrder.Pos);
            _osp = MergeInto(_osp, SortedCopy(added, IndexOrder.Osp), removed, IndexOrder.Osp);
            _removed = null;
        }
    }

    /// <summary>The pending additions (hash set and bulk queue), sorted in SPO order, without duplicates among
    /// themselves or with the current index.</summary>
    private IdTriple[] PendingSortedSpo()
    {
        int n = (_added?.Count ?? 0) + (_bulk?.Count ?? 0);
        var pending = new IdTriple[n];
        int k = 0;
        if (_added is not null) { _added.CopyTo(pending); k = _added.Count; }
        if (_bulk is not null) _bulk.CopyTo(pending, k);
        new IdTripleComparer(IndexOrder.Spo).Sort(pending);
        int w = 0;
        for (int i = 0; i < pending.Length; i++)
        {
            if (w > 0 && pending[w - 1] == pending[i]) continue;
            if (_spo.Length > 0 && BinarySearch(_spo, pending[i], IndexOrder.Spo) >= 0)
            {
                // Already indexed; but if it was queued for removal, adding it again cancels the removal.
                _removed?.Remove(pending[i]);
                continue;
            }
            pending[w++] = pending[i];
        }
        if (w != pending.Length) Array.Resize(ref pending, w);
        if (_removed is { Count: 0 }) _removed = null;
        return pending;
    }

    private static IdTriple[] SortedCopy(IdTriple[] source, IndexOrder order)
    {
        var copy = (IdTriple[])source.Clone();
        new IdTripleComparer(order).Sort(copy);
        return copy;
    }

    /// <summary>Merges a sorted run of new triples into a sorted index, leaving out removed ones.</summary>
    private static IdTriple[] MergeInto(IdTriple[] current, IdTriple[] sortedAdded, HashSet<IdTriple>? removed, IndexOrder order)
    {
        var cmp = new IdTripleComparer(order);
        var result = new IdTriple[current.Length + sortedAdded.Length - (removed?.Count ?? 0)];
        int i = 0, j = 0, k = 0;
        while (i < current.Length || j < sortedAdded.Length)
        {
            IdTriple next;
            if (j >= sortedAdded.Length || (i < current.Length && cmp.Compare(current[i], sortedAdded[j]) < 0)) next = current[i++];
            else next = sortedAdded[j++];
            if (removed is not null && removed.Contains(next)) continue;
            result[k++] = next;
        }
        return result;
    }

    private static int BinarySearch(IdTriple[] array, IdTriple t, IndexOrder order) =>
        order == IndexOrder.Spo ? array.AsSpan().BinarySearch(t, default(SpoOrder)) : array.AsSpan().BinarySearch(t, new IdTripleComparer(order));

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

    /// <summary>
    /// The triples of <paramref name="subjectRange"/> (all triples of one subject, in SPO order, as returned by
    /// <see cref="Match"/> with only the subject bound) with predicate <paramref name="p"/> and, unless 0, object
    /// <paramref name="o"/>. Searching the subject's few triples instead of the whole index lets a star join look
    /// its subject up once for all its patterns.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TripleRange WithinSubject(TripleRange subjectRange, int p, int o)
    {
        var span = subjectRange.Span;
        int lo = 0, hi = span.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (span[mid].P < p || (span[mid].P == p && span[mid].O < o)) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < span.Length && span[end].P == p && (o == 0 || span[end].O == o)) end++;
        return subjectRange.Slice(lo, end - lo);
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
