namespace KnowledgeGraph.Storage;

/// <summary>How a table takes a change set: as layers over its base while they stay small, by merging otherwise.</summary>
internal sealed partial class TripleTable
{
    /// <summary>Longest run a reader gets merged from the layers on the fly; a longer one flattens the table once.</summary>
    private const int MergeOnReadLimit = 4096;

    /// <summary>
    /// Most layered triples (added plus removed) a base of <paramref name="baseCount"/> triples carries before the
    /// layers are folded in. n single-triple commits cost n times the layer size plus n / limit merges of the whole
    /// base, which is least near the square root of twice the base; twice that keeps folding rarer for readers.
    /// </summary>
    internal static int LayerLimit(int baseCount) => Math.Max(64, 2 * (int)Math.Sqrt(baseCount));

    /// <summary>This table as three complete arrays: itself when flat, else its layers merged in (once, then kept).</summary>
    public TripleTable Flattened()
    {
        if (_base is null) return this;
        if (Volatile.Read(ref _flat) is { } flat) return flat;
        flat = new TripleTable(
            MergeInto(_base.Spo, _added!.Spo, _removed!.Spo, IndexOrder.Spo),
            MergeInto(_base.Pos, _added.Pos, _removed.Pos, IndexOrder.Pos),
            MergeInto(_base.Osp, _added.Osp, _removed.Osp, IndexOrder.Osp));
        return Interlocked.CompareExchange(ref _flat, flat, null) ?? flat;
    }

    /// <summary>This table with <paramref name="sortedAdded"/> (SPO order, none already present) added and
    /// <paramref name="removed"/> (all present) left out.</summary>
    public TripleTable With(IdTriple[] sortedAdded, HashSet<IdTriple>? removed)
    {
        if (Count == 0 && removed is null) return FromSortedSpo(sortedAdded);
        // A reader may already have flattened this table; start from that, with no layers.
        var self = Volatile.Read(ref _flat) ?? this;
        var flatBase = self._base ?? self;
        var added = self._added ?? Empty;
        var gone = self._removed ?? Empty;
        int changes = sortedAdded.Length + (removed?.Count ?? 0);
        if (changes + added.Count + gone.Count > LayerLimit(flatBase.Count))
        {
            // Too much for layers: one merge of everything into flat arrays, as a bulk change needs anyway.
            var all = self.Flattened();
            return new TripleTable(
                MergeInto(all.Spo, sortedAdded, SortedRemoved(removed, IndexOrder.Spo), IndexOrder.Spo),
                MergeInto(all.Pos, SortedCopy(sortedAdded, IndexOrder.Pos), SortedRemoved(removed, IndexOrder.Pos), IndexOrder.Pos),
                MergeInto(all.Osp, SortedCopy(sortedAdded, IndexOrder.Osp), SortedRemoved(removed, IndexOrder.Osp), IndexOrder.Osp));
        }

        // Added triples that were removed from the base earlier only take back that removal; removed triples that
        // were added in a layer only leave the added layer.
        var readded = new List<IdTriple>();
        var newlyAdded = new List<IdTriple>(sortedAdded.Length);
        foreach (var t in sortedAdded)
        {
            if (gone.Contains(t)) readded.Add(t);
            else if (!flatBase.Contains(t) && !added.Contains(t)) newlyAdded.Add(t);
        }
        // Only base triples not removed already go to the removed layer: the merge on read relies on that layer
        // being a subsequence of the base's run.
        var removedFromBase = new List<IdTriple>();
        if (removed is not null)
            foreach (var t in removed)
                if (!added.Contains(t) && flatBase.Contains(t) && !gone.Contains(t)) removedFromBase.Add(t);
        return new TripleTable(
            flatBase,
            Combine(added, newlyAdded.ToArray(), removed),
            Combine(gone, SortedSpo(removedFromBase), readded.Count == 0 ? null : new HashSet<IdTriple>(readded)));
    }

    /// <summary>A small flat table: <paramref name="layer"/> plus <paramref name="sortedAdded"/> minus <paramref name="removed"/>.</summary>
    private static TripleTable Combine(TripleTable layer, IdTriple[] sortedAdded, HashSet<IdTriple>? removed)
    {
        if (sortedAdded.Length == 0 && (removed is null || layer.Count == 0)) return layer;
        var spo = MergeInto(layer.Spo, sortedAdded, SortedRemoved(removed, IndexOrder.Spo), IndexOrder.Spo);
        return spo.Length == 0 ? Empty : new TripleTable(
            spo,
            MergeInto(layer.Pos, SortedCopy(sortedAdded, IndexOrder.Pos), SortedRemoved(removed, IndexOrder.Pos), IndexOrder.Pos),
            MergeInto(layer.Osp, SortedCopy(sortedAdded, IndexOrder.Osp), SortedRemoved(removed, IndexOrder.Osp), IndexOrder.Osp));
    }

    private static IdTriple[] SortedSpo(List<IdTriple> triples)
    {
        var array = triples.ToArray();
        new IdTripleComparer(IndexOrder.Spo).Sort(array);
        return array;
    }

    /// <summary>
    /// A pattern's run in a layered table: the base's run when no layer touches it, else the three runs (which
    /// are in the same order, the pattern choosing the index) merged into a fresh array, or, for a long run, the
    /// run of the flattened table.
    /// </summary>
    private TripleRange LayeredMatch(int s, int p, int o)
    {
        if (Volatile.Read(ref _flat) is { } flat) return flat.Match(s, p, o);
        var inBase = _base!.Match(s, p, o);
        var added = _added!.Match(s, p, o);
        var removed = _removed!.Match(s, p, o);
        if (added.Length == 0 && removed.Length == 0) return inBase;
        if (inBase.Length == 0) return added;
        if (inBase.Length + added.Length > MergeOnReadLimit) return Flattened().Match(s, p, o);
        var order = new IdTripleComparer(OrderOf(s, p, o));
        var merged = new IdTriple[inBase.Length + added.Length - removed.Length];
        ReadOnlySpan<IdTriple> b = inBase.Span, a = added.Span, x = removed.Span;
        int i = 0, j = 0, k = 0, w = 0;
        while (i < b.Length || j < a.Length)
        {
            if (j >= a.Length || (i < b.Length && order.Compare(b[i], a[j]) < 0))
            {
                // The removed run is a sorted subsequence of the base's run.
                if (k < x.Length && x[k] == b[i]) k++;
                else merged[w++] = b[i];
                i++;
            }
            else merged[w++] = a[j++];
        }
        return new TripleRange(merged);
    }

    /// <summary>The index order <see cref="Match"/> answers a pattern from.</summary>
    private static IndexOrder OrderOf(int s, int p, int o)
    {
        if (s != 0) return p == 0 && o != 0 ? IndexOrder.Osp : IndexOrder.Spo;
        if (p != 0) return IndexOrder.Pos;
        return o != 0 ? IndexOrder.Osp : IndexOrder.Spo;
    }
}
