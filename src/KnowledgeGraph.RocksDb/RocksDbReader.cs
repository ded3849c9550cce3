using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using RocksDbSharp;

namespace KnowledgeGraph.RocksDb;

/// <summary>A reader on one RocksDB snapshot: every lookup and scan sees the state committed when it was made.
/// Meant for one thread at a time.</summary>
internal class RocksDbReader : IStoreReader
{
    /// <summary>Past this many cached terms the cache starts over, so a long dump does not hold every term.</summary>
    private const int TermCacheLimit = 1 << 20;

    private readonly Snapshot _snapshot;
    private readonly Dictionary<int, Term> _terms = [];
    private bool _disposed;

    public RocksDbReader(RocksDbSharp.RocksDb db)
    {
        Db = db;
        _snapshot = db.CreateSnapshot();
        Snapshot = new ReadOptions().SetSnapshot(_snapshot);
    }

    protected RocksDbSharp.RocksDb Db { get; }

    /// <summary>Read options pinned to this reader's snapshot.</summary>
    protected ReadOptions Snapshot { get; }

    public virtual bool TryGetId(Term term, out int id)
    {
        ArgumentNullException.ThrowIfNull(term);
        var value = Db.Get(KeyLayout.TermKey(TermCodec.Encode(term)), null, Snapshot);
        id = value is null ? 0 : KeyLayout.ReadInt(value);
        return value is not null;
    }

    public virtual Term GetTerm(int id)
    {
        if (_terms.TryGetValue(id, out var term)) return term;
        var value = Db.Get(KeyLayout.IdKey(id), null, Snapshot) ?? throw new KeyNotFoundException($"No term has id {id} in this store.");
        term = TermCodec.Decode(value);
        if (_terms.Count >= TermCacheLimit) _terms.Clear();
        _terms[id] = term;
        return term;
    }

    public virtual IReadOnlyList<int> NamedGraphIds => CommittedGraphIds();

    protected List<int> CommittedGraphIds()
    {
        var ids = new List<int>();
        byte[] prefix = [KeyLayout.Graphs];
        using var it = Db.NewIterator(null, Snapshot);
        for (it.Seek(prefix); it.Valid(); it.Next())
        {
            var key = it.GetKeySpan();
            if (key[0] != KeyLayout.Graphs) break;
            ids.Add(KeyLayout.ReadInt(key[1..]));
        }
        return ids;
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
        Db.HasKey(KeyLayout.QuadKey(IndexOrder.Spo, graph, t), null, Snapshot);

    protected bool CommittedGraphExists(int graph) => Db.HasKey(KeyLayout.GraphKey(graph), null, Snapshot);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Dispose(true);
        _snapshot.Dispose();
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
