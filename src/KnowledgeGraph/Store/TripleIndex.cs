using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Store;

/// <summary>
/// The triples of one graph in memory: a published, immutable <see cref="TripleTable"/> plus changes not merged
/// into it yet. Writes go to small pending sets and are merged into a fresh table when a reader asks for
/// <see cref="Current"/>; published tables are never mutated, so a reader keeps a consistent snapshot for as long
/// as it holds one.
/// </summary>
internal sealed class TripleIndex
{
    private const int LargeLoad = 1 << 18;

    private readonly object _gate = new();
    private TripleTable _table;
    private HashSet<IdTriple>? _added;
    private HashSet<IdTriple>? _removed;
    private List<IdTriple>? _bulk;

    public TripleIndex() : this(TripleTable.Empty) { }

    /// <summary>An index starting from a published table (a transaction's private copy of a graph).</summary>
    public TripleIndex(TripleTable table) => _table = table;

    /// <summary>Number of triples, including pending changes.</summary>
    public int Count => Current.Count;

    /// <summary>The table with every pending change merged in.</summary>
    public TripleTable Current
    {
        get
        {
            Flush();
            lock (_gate) return _table;
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
            if (_table.Contains(t)) return false;
            return (_added ??= new HashSet<IdTriple>()).Add(t);
        }
    }

    public bool Remove(IdTriple t)
    {
        if (Volatile.Read(ref _bulk) is not null) Flush();
        lock (_gate)
        {
            if (_added is not null && _added.Remove(t)) return true;
            if (!_table.Contains(t)) return false;
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
            return _table.Contains(t);
        }
    }

    /// <summary>All triples matching the pattern in the current table; 0 in a position means unbound.</summary>
    public TripleRange Match(int s, int p, int o) => Current.Match(s, p, o);

    /// <summary>Number of triples matching the pattern, without enumerating them.</summary>
    public int CountMatches(int s, int p, int o) => Match(s, p, o).Length;

    /// <summary>Merges pending writes into a new table.</summary>
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
            _removed = null;
            if (_table.Count == 0 && removed is null && added.Length >= LargeLoad)
            {
                // First large load: the bulk queue and what parsing left behind are garbage now, about a third of the
                // load's peak. The sorted SPO array is kept and the other two orders are built from it next, so
                // the peak stays near the finished index.
                _table = TripleTable.FromSortedSpo(added);
                return;
            }
            _table = _table.With(added, removed);
        }
    }

    /// <summary>The pending additions (hash set and bulk queue), sorted in SPO order, without duplicates among
    /// themselves or with the current table.</summary>
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
            if (_table.Count > 0 && _table.Contains(pending[i]))
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
}
