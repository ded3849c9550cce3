using System.Collections.Concurrent;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb.Native;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.RocksDb;

/// <summary>A reader on one RocksDB snapshot: every lookup and scan sees the state committed when it was made.
/// Safe to use from several threads at once (RocksDB reads are; the caches are concurrent).</summary>
internal class RocksDbReader : IStoreReader
{
    /// <summary>Past this many cached triples the match cache starts over (12 bytes each: 48 MB).</summary>
    private const long MatchCacheLimit = 4 << 20;

    private readonly RocksDbStore _owner;
    private readonly ConcurrentDictionary<(int G, int S, int P, int O), TripleRange> _matches = new();
    private long _cachedTriples;

    /// <summary>One iterator per thread, sought again for every <see cref="Match"/>: creating a RocksDB iterator costs
    /// far more than a seek, and the engine makes thousands of small lookups per query.</summary>
    private readonly ThreadLocal<Iterator> _iterators;
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
        Snapshot = ReadOptions.At(_snapshot);
        _iterators = new ThreadLocal<Iterator>(() => Db.NewIterator(Snapshot), trackAllValues: true);
        store.Track(this);
    }

    protected Database Db { get; }

    /// <summary>Read options pinned to this reader's snapshot.</summary>
    protected ReadOptions Snapshot { get; }

    public virtual bool TryGetId(Term term, out int id)
    {
        ArgumentNullException.ThrowIfNull(term);
        ThrowIfClosed();
        return Db.TryRead(KeyLayout.TermKey(TermCodec.Encode(term)), Snapshot, KeyLayout.ReadInt, out id);
    }

    public virtual Term GetTerm(int id)
    {
        if (_terms.TryGet(id, out var term)) return term;
        ThrowIfClosed();
        Span<byte> key = stackalloc byte[KeyLayout.IdKeyLength];
        KeyLayout.WriteIdKey(key, id);
        if (!Db.TryRead(key, Snapshot, TermCodec.Decode, out term!))
            throw new ArgumentOutOfRangeException(nameof(id), id, "No term has this id in this store.");
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
        using var it = Db.NewIterator(Snapshot);
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            var key = it.Key();
            if (key[0] != KeyLayout.Graphs) break;
            graphs.Add((KeyLayout.ReadGraphSequence(it.Value()), KeyLayout.ReadInt(key[1..])));
        }
        graphs.Sort();
        return graphs.ConvertAll(g => g.Id);
    }

    /// <summary>
    /// The committed matches, cached for the reader's life: a snapshot never changes, and the engine asks for the
    /// same pattern again and again (the optimizer's counts, then the scan; a path step per node it reaches), where
    /// each fresh answer costs a RocksDB iterator and a seek.
    /// </summary>
    public virtual TripleRange Match(int graph, int s, int p, int o)
    {
        var key = (graph, s, p, o);
        if (_matches.TryGetValue(key, out var cached)) return cached;
        ThrowIfClosed();
        var order = KeyLayout.OrderFor(s, p, o);
        var prefix = KeyLayout.PatternPrefix(order, graph, s, p, o);
        var it = _iterators.Value!;
        var list = new List<IdTriple>();
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            var found = it.Key();
            if (!found.StartsWith(prefix)) break;
            list.Add(KeyLayout.ReadTriple(order, found));
        }
        var range = list.Count == 0 ? TripleRange.Empty : new TripleRange(list.ToArray(), 0, list.Count);
        if (range.Length > MatchCacheLimit / 4) return range; // a whole graph, say: kept by the caller if at all
        if (Interlocked.Add(ref _cachedTriples, range.Length + 1) > MatchCacheLimit)
        {
            _matches.Clear();
            Interlocked.Exchange(ref _cachedTriples, 0);
        }
        _matches[key] = range;
        return range;
    }

    /// <summary>Streams the committed matches of a pattern in the order <see cref="KeyLayout.OrderFor"/> picks,
    /// without gathering them, for dumps of any size.</summary>
    internal IEnumerable<IdTriple> Scan(int graph, int s, int p, int o)
    {
        ThrowIfClosed();
        var order = KeyLayout.OrderFor(s, p, o);
        var prefix = KeyLayout.PatternPrefix(order, graph, s, p, o);
        using var it = Db.NewIterator(Snapshot);
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            var key = it.Key();
            if (!key.StartsWith(prefix)) yield break;
            yield return KeyLayout.ReadTriple(order, key);
        }
    }

    /// <summary>True when the committed state holds the triple in the graph.</summary>
    protected bool CommittedContains(int graph, IdTriple t)
    {
        Span<byte> key = stackalloc byte[KeyLayout.QuadKeyLength(graph)];
        KeyLayout.WriteQuadKey(key, KeyOrder.Spo, graph, t);
        return Db.HasKey(key, Snapshot);
    }

    protected bool CommittedGraphExists(int graph)
    {
        Span<byte> key = stackalloc byte[KeyLayout.IdKeyLength];
        KeyLayout.WriteGraphKey(key, graph);
        return Db.HasKey(key, Snapshot);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        Dispose(true);
        _owner.Untrack(this);
        if (!_owner.IsDisposed) ReleaseNative();
    }

    private void ReleaseNative()
    {
        foreach (var it in _iterators.Values) it.Dispose();
        _iterators.Dispose();
        Snapshot.Dispose();
        _snapshot.Dispose();
    }

    /// <summary>Releases the snapshot before the store closes the database (RocksDB must not close under live
    /// snapshots); the reader is unusable afterwards.</summary>
    internal void ReleaseForClose()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        ReleaseNative();
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
