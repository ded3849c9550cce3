using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using RocksDbSharp;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// The write transaction: changes go into one RocksDB write batch, applied atomically by <see cref="Commit"/>, and
/// are also kept as sets so that reads through the writer see them over the snapshot the transaction started from.
/// The snapshot is the latest committed state, because the writer holds the store's write lock.
/// </summary>
internal sealed class RocksDbWriter : RocksDbReader, IStoreWriter
{
    private readonly RocksDbStore _store;
    private readonly WriteBatch _batch = new();
    private readonly Dictionary<Term, int> _newIds = [];
    private readonly Dictionary<int, Term> _newTerms = [];
    private readonly HashSet<(int Graph, IdTriple Triple)> _added = [];
    private readonly HashSet<(int Graph, IdTriple Triple)> _removed = [];
    private readonly HashSet<int> _createdGraphs = [];
    private readonly HashSet<int> _droppedGraphs = [];
    private readonly byte[] _key13 = new byte[13], _key17 = new byte[17];
    private int _nextId;
    private bool _finished;

    public RocksDbWriter(RocksDbStore store) : base(store.Db)
    {
        _store = store;
        _nextId = store.NextId;
    }

    public override bool TryGetId(Term term, out int id) =>
        _newIds.TryGetValue(term, out id) || base.TryGetId(term, out id);

    public override Term GetTerm(int id) => _newTerms.TryGetValue(id, out var term) ? term : base.GetTerm(id);

    public int GetOrAddId(Term term)
    {
        ThrowIfFinished();
        if (TryGetId(term, out int id)) return id;
        if (_nextId == int.MaxValue) throw new InvalidOperationException("The store's term dictionary is full.");
        id = _nextId++;
        var encoded = TermCodec.Encode(term);
        _batch.Put(KeyLayout.TermKey(encoded), KeyLayout.Int(id));
        _batch.Put(KeyLayout.IdKey(id), encoded);
        _newIds[term] = id;
        _newTerms[id] = term;
        return id;
    }

    public override IReadOnlyList<int> NamedGraphIds
    {
        get
        {
            var ids = new SortedSet<int>(CommittedGraphIds());
            ids.ExceptWith(_droppedGraphs);
            ids.UnionWith(_createdGraphs);
            return [.. ids];
        }
    }

    public override TripleRange Match(int graph, int s, int p, int o)
    {
        var committed = base.Match(graph, s, p, o);
        if (_added.Count == 0 && _removed.Count == 0) return committed;
        var list = new List<IdTriple>(committed.Length);
        foreach (var t in committed.Span)
            if (!_removed.Contains((graph, t))) list.Add(t);
        foreach (var (g, t) in _added)
            if (g == graph && (s == 0 || t.S == s) && (p == 0 || t.P == p) && (o == 0 || t.O == o)) list.Add(t);
        var order = KeyLayout.OrderFor(s, p, o);
        list.Sort((x, y) => KeyLayout.Compare(order, x, y));
        return list.Count == 0 ? TripleRange.Empty : new TripleRange(list.ToArray(), 0, list.Count);
    }

    public bool Add(int graph, IdTriple triple)
    {
        ThrowIfFinished();
        Validate(graph, triple);
        if (graph != 0) CreateGraph(graph);
        var key = (graph, triple);
        if (!_removed.Remove(key))
        {
            if (_added.Contains(key) || CommittedContains(graph, triple)) return false;
            _added.Add(key);
        }
        PutOrDelete(graph, triple, put: true);
        return true;
    }

    public bool Remove(int graph, IdTriple triple)
    {
        ThrowIfFinished();
        var key = (graph, triple);
        if (!_added.Remove(key))
        {
            if (_removed.Contains(key) || !CommittedContains(graph, triple)) return false;
            _removed.Add(key);
        }
        PutOrDelete(graph, triple, put: false);
        return true;
    }

    public bool CreateGraph(int graph)
    {
        ThrowIfFinished();
        if (graph <= 0) throw new ArgumentOutOfRangeException(nameof(graph), "A named graph's id is a term id (positive).");
        if (GraphExists(graph)) return false;
        _droppedGraphs.Remove(graph);
        _createdGraphs.Add(graph);
        _batch.Put(KeyLayout.GraphKey(graph), KeyLayout.Empty);
        return true;
    }

    public bool DropGraph(int graph)
    {
        ThrowIfFinished();
        if (graph != 0 && !GraphExists(graph)) return false;
        foreach (var t in Match(graph, 0, 0, 0).Span) Remove(graph, t);
        if (graph == 0) return true;
        _createdGraphs.Remove(graph);
        _droppedGraphs.Add(graph);
        _batch.Delete(KeyLayout.GraphKey(graph));
        return true;
    }

    public void Commit()
    {
        ThrowIfFinished();
        if (_nextId != _store.NextId) _batch.Put(KeyLayout.NextIdKey, KeyLayout.Int(_nextId));
        if (_batch.Count() > 0) Db.Write(_batch, _store.WriteOptions);
        _store.NextId = _nextId;
        _finished = true;
    }

    private bool GraphExists(int graph) =>
        !_droppedGraphs.Contains(graph) && (_createdGraphs.Contains(graph) || CommittedGraphExists(graph));

    private void PutOrDelete(int graph, IdTriple triple, bool put)
    {
        var key = graph == 0 ? _key13 : _key17;
        for (var order = IndexOrder.Spo; order <= IndexOrder.Osp; order++)
        {
            KeyLayout.WriteQuadKey(key, order, graph, triple);
            // The batch copies the key into its own buffer, so one array serves every key.
            if (put) _batch.Put(key, KeyLayout.Empty);
            else _batch.Delete(key);
        }
    }

    private static void Validate(int graph, IdTriple t)
    {
        if (graph < 0 || t.S <= 0 || t.P <= 0 || t.O <= 0)
            throw new ArgumentOutOfRangeException(nameof(t), $"Not a stored quad: graph {graph}, triple {t}; ids are positive.");
    }

    private void ThrowIfFinished()
    {
        if (_finished) throw new InvalidOperationException("This transaction has been committed; open a new one with RocksDbStore.Write().");
    }

    protected override void Dispose(bool disposing)
    {
        _batch.Dispose();
        _store.ExitWriteLock();
    }
}
