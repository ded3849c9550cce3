using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb.Native;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// The write transaction: changes go into one RocksDB write batch, applied atomically by <see cref="Commit"/>, and
/// are also kept per graph (<see cref="GraphChanges"/>) so that reads through the writer see them over the snapshot
/// the transaction started from. That snapshot is the latest committed state, because the writer holds the store's
/// write lock. Used by one thread (the interface's contract for transactions).
/// </summary>
internal sealed class RocksDbWriter : RocksDbReader, IStoreWriter
{
    private readonly RocksDbStore _store;
    private readonly WriteBatch _batch = WriteBatch.Create();
    private readonly Dictionary<Term, int> _newIds = [];
    private readonly Dictionary<int, Term> _newTerms = [];
    private readonly Dictionary<int, GraphChanges> _changes = [];
    private readonly List<int> _createdGraphs = [];
    private readonly HashSet<int> _droppedGraphs = [];
    private int _nextId;
    private int _nextGraph;
    private bool _finished;

    public RocksDbWriter(RocksDbStore store) : base(store)
    {
        _store = store;
        _nextId = store.NextId;
        _nextGraph = store.NextGraph;
    }

    public override bool TryGetId(Term term, out int id) =>
        _newIds.TryGetValue(term, out id) || base.TryGetId(term, out id);

    public override Term GetTerm(int id) => _newTerms.TryGetValue(id, out var term) ? term : base.GetTerm(id);

    public int GetOrAddId(Term term)
    {
        ThrowIfFinished();
        ArgumentNullException.ThrowIfNull(term);
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

    /// <summary>The committed graphs not dropped (nor dropped and created again), then the ones this transaction
    /// created, in the order it created them.</summary>
    public override IReadOnlyList<int> NamedGraphIds =>
        [.. base.NamedGraphIds.Where(g => !_droppedGraphs.Contains(g) && !_createdGraphs.Contains(g)), .. _createdGraphs];

    public override bool ContainsGraph(int graph) => graph == 0 || GraphExists(graph);

    public override TripleRange Match(int graph, int s, int p, int o)
    {
        var committed = base.Match(graph, s, p, o);
        return _changes.TryGetValue(graph, out var changes) && !changes.IsEmpty
            ? changes.Overlay(committed, KeyLayout.OrderFor(s, p, o), s, p, o)
            : committed;
    }

    public bool Add(int graph, IdTriple triple)
    {
        ThrowIfFinished();
        Validate(graph, triple);
        if (graph != 0) CreateGraph(graph);
        var changes = Changes(graph);
        if (!changes.Removed.Remove(triple))
        {
            if (changes.Added.Contains(triple) || CommittedContains(graph, triple)) return false;
            changes.Add(triple);
        }
        PutOrDelete(graph, triple, put: true);
        return true;
    }

    public bool Remove(int graph, IdTriple triple)
    {
        ThrowIfFinished();
        var changes = Changes(graph);
        if (!changes.Unadd(triple))
        {
            if (changes.Removed.Contains(triple) || !CommittedContains(graph, triple)) return false;
            changes.Removed.Add(triple);
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
        _batch.Put(KeyLayout.GraphKey(graph), KeyLayout.Int(_nextGraph++));
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
        if (_nextGraph != _store.NextGraph) _batch.Put(KeyLayout.NextGraphKey, KeyLayout.Int(_nextGraph));
        if (_batch.Count > 0) Db.Write(_batch, _store.WriteOptions);
        _store.NextId = _nextId;
        _store.NextGraph = _nextGraph;
        _finished = true;
    }

    private GraphChanges Changes(int graph)
    {
        if (!_changes.TryGetValue(graph, out var changes)) _changes[graph] = changes = new GraphChanges();
        return changes;
    }

    private bool GraphExists(int graph) =>
        !_droppedGraphs.Contains(graph) && (_createdGraphs.Contains(graph) || CommittedGraphExists(graph));

    private void PutOrDelete(int graph, IdTriple triple, bool put)
    {
        Span<byte> key = stackalloc byte[KeyLayout.QuadKeyLength(graph)];
        for (var order = KeyOrder.Spo; order <= KeyOrder.Osp; order++)
        {
            KeyLayout.WriteQuadKey(key, order, graph, triple);
            // The batch copies the key into its own buffer, so one buffer serves every key.
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
        ThrowIfClosed();
        if (_finished) throw new InvalidOperationException("This transaction has ended; open a new one with RocksDbStore.Write().");
    }

    protected override void Dispose(bool disposing)
    {
        _batch.Dispose();
        _store.ExitWriteLock();
    }
}
