using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using RocksDbSharp;

namespace KnowledgeGraph.RocksDb;

/// <summary>A reader on one RocksDB snapshot: every lookup and scan sees the state committed when it was made.
/// Safe to use from several threads at once (RocksDB reads are; the caches are concurrent).</summary>
internal class RocksDbReader : IStoreReader
{
    private readonly RocksDbStore _owner;
    private readonly Snapshot _snapshot;
    private readonly TermCache _terms;
    private IReadOnlyList<int>? _namedGraphIds;
    private int _released;

    public RocksDbReader(RocksDbStore store)
    {
        _owner = store;
        Db = store.Db;
        _terms = store.Terms;
        _snapshot = Db.CreateSnapshot();
        Snapshot = new ReadOptions().SetSnapshot(_snapshot);
        store.Track(this);
    }

    protected RocksDbSharp.RocksDb Db { get; }

    /// <summary>Read options pinned to this reader's snapshot.</summary>
    protected ReadOptions Snapshot { get; }

    public virtual bool TryGetId(Term term, out int id)
    {
        ArgumentNullException.ThrowIfNull(term);
        ThrowIfClosed();
        var value = Db.Get(KeyLayout.TermKey(TermCodec.Encode(term)), null, Snapshot);
        id = value is null ? 0 : KeyLayout.ReadInt(value);
        return value is not null;
    }

    public virtual Term GetTerm(int id)
    {
        if (_terms.TryGet(id, out var term)) return term;
        ThrowIfClosed();
        var value = Db.Get(KeyLayout.IdKey(id), null, Snapshot) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No term has this id in this store.");
        term = TermCodec.Decode(value);
        _terms.Add(id, term);
        return term;
    }

    /// <summary>Read once per snapshot: it cannot change.</summary>
    public virtual IReadOnlyList<int> NamedGraphIds => _namedGraphIds ??= CommittedGraphIds();

    public virtual bool ContainsGraph(int graph) => graph == 0 || CommittedGraphExists(graph);

    /// <summary>The committed named graphs in creation order (the order of the sequence numbers their keys hold).</summary>
    protected List<int> CommittedGraphIds()
    {
        var graphs = new List<(int Sequence, int Id)>();
        byte[] prefix = [KeyLayout.Graphs];
        using var it = Db.NewIterator(null, Snapshot);
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            var key = it.GetKeySpan();
            if (key[0] != KeyLayout.Graphs) break;
            graphs.Add((KeyLayout.ReadGraphSequence(it.Value()), KeyLayout.ReadInt(key[1..])));
        }
        graphs.Sort();
        return graphs.ConvertAll(g => g.Id);
    }

    public virtual TripleRange Match(int graph, int s, int p, int o)
    {
        var list = new List<IdTriple>();
        foreach (var t in Scan(graph, s, p, o)) list.Add(t);
        return list.Count == 0 ? TripleRange.Empty : new TripleRange(list.ToArray(), 0, list.Count);
    }

    /// <summary>Streams the committed matches of a pattern in the order <see cref="KeyLayout.OrderFor"/> picks,
    /// without gathering them, for dumps of any size.</summary>
    internal IEnumerable<IdTriple> Scan(int graph, int s, int p, int o)
    {
        ThrowIfClosed();
        var order = KeyLayout.OrderFor(s, p, o);
        var prefix = KeyLayout.PatternPrefix(order, graph, s, p, o);
        using var it = Db.NewIterator(null, Snapshot);
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            var key = it.GetKeySpan();
            if (!key.StartsWith(prefix)) yield break;
            yield return KeyLayout.ReadTriple(order, key);
        }
    }

    /// <summary>True when the committed state holds the triple in the graph.</summary>
    protected bool CommittedContains(int graph, IdTriple t) =>
        Db.HasKey(KeyLayout.QuadKey(KeyOrder.Spo, graph, t), null, Snapshot);

    protected bool CommittedGraphExists(int graph) => Db.HasKey(KeyLayout.GraphKey(graph), null, Snapshot);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        Dispose(true);
        _owner.Untrack(this);
        if (!_owner.IsDisposed) _snapshot.Dispose();
    }

    /// <summary>Releases the snapshot before the store closes the database (RocksDB must not close under live
    /// snapshots); the reader is unusable afterwards.</summary>
    internal void ReleaseForClose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        _snapshot.Dispose();
    }

    /// <summary>A snapshot read after the reader or its store closed would touch freed native memory: refuse it.</summary>
    protected void ThrowIfClosed()
    {
        if (Volatile.Read(ref _released) != 0 || _owner.IsDisposed)
            throw new ObjectDisposedException(nameof(RocksDbReader), "The reader or its store has been disposed.");
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
