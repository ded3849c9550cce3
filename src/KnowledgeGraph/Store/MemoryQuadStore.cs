using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Store;

/// <summary>
/// The in-memory store: one term dictionary and one <see cref="TripleIndex"/> per graph. Single writes go straight
/// into a graph's pending set; transactions work on private copies of the graphs they touch and swap them in under
/// one lock on commit, and snapshots are taken under the same lock, so a reader sees a transaction entirely or not
/// at all.
/// </summary>
internal sealed class MemoryQuadStore : IQuadStore
{
    private readonly object _stateGate = new();
    private readonly object _writeGate = new();
    private TripleIndex _default = new();
    private Dictionary<int, TripleIndex> _named = new();
    private List<int> _order = new();

    public MemoryQuadStore() : this(new TermDictionary()) { }

    public MemoryQuadStore(TermDictionary dictionary) => Dictionary = dictionary;

    public TermDictionary Dictionary { get; private set; }

    /// <summary>Serialises writers: single writes and transactions.</summary>
    internal object WriteGate => _writeGate;

    public IStoreReader Read()
    {
        lock (_stateGate)
        {
            var named = new Dictionary<int, TripleTable>(_named.Count);
            foreach (var (id, index) in _named) named[id] = index.Current;
            return new MemorySnapshot(Dictionary, _default.Current, named, _order.ToArray());
        }
    }

    public IStoreWriter Write()
    {
        Monitor.Enter(_writeGate);
        try
        {
            return new MemoryTransaction(this, (MemorySnapshot)Read());
        }
        catch
        {
            Monitor.Exit(_writeGate);
            throw;
        }
    }

    /// <summary>The index of a graph for a single write (0: default), created when <paramref name="create"/>.</summary>
    public TripleIndex? Index(int graph, bool create)
    {
        if (graph == 0) return _default;
        lock (_stateGate)
        {
            if (_named.TryGetValue(graph, out var index)) return index;
            if (!create) return null;
            // Copy-on-write: snapshots hold the old dictionary and list.
            var named = new Dictionary<int, TripleIndex>(_named) { [graph] = index = new TripleIndex() };
            _named = named;
            _order = new List<int>(_order) { graph };
            return index;
        }
    }

    public bool RemoveGraph(int graph)
    {
        lock (_stateGate)
        {
            if (!_named.ContainsKey(graph)) return false;
            var named = new Dictionary<int, TripleIndex>(_named);
            named.Remove(graph);
            _named = named;
            _order = _order.Where(g => g != graph).ToList();
            return true;
        }
    }

    public IReadOnlyList<int> NamedGraphIds
    {
        get
        {
            lock (_stateGate) return _order;
        }
    }

    /// <summary>Publishes a transaction's graphs (called with the write gate held).</summary>
    internal void Publish(Dictionary<int, TripleTable?> changed, List<int> order)
    {
        lock (_stateGate)
        {
            var named = new Dictionary<int, TripleIndex>(_named);
            foreach (var (graph, table) in changed)
            {
                if (graph == 0) _default = new TripleIndex(table ?? TripleTable.Empty);
                else if (table is null) named.Remove(graph);
                else named[graph] = new TripleIndex(table);
            }
            _named = named;
            _order = order;
        }
    }

    /// <summary>
    /// Rebuilds the dictionary with only the terms the graphs use, re-encoding every triple, so memory freed by
    /// deletes is returned. Snapshots taken before keep the old dictionary and arrays until they are released.
    /// </summary>
    public void Compact()
    {
        lock (_writeGate)
        {
            var old = (MemorySnapshot)Read();
            var dictionary = new TermDictionary();
            var map = new Dictionary<int, int>();
            int Map(int id)
            {
                if (!map.TryGetValue(id, out int n)) map[id] = n = dictionary.GetOrAdd(old.GetTerm(id));
                return n;
            }
            TripleTable Recode(TripleTable table) =>
                TripleTable.From(table.Flattened().Spo.Select(t => new IdTriple(Map(t.S), Map(t.P), Map(t.O))));
            var defaultTable = Recode(old.Table(0)!);
            var named = new Dictionary<int, TripleIndex>();
            var order = new List<int>();
            foreach (var g in old.NamedGraphIds)
            {
                int id = Map(g);
                named[id] = new TripleIndex(Recode(old.Table(g)!));
                order.Add(id);
            }
            lock (_stateGate)
            {
                Dictionary = dictionary;
                _default = new TripleIndex(defaultTable);
                _named = named;
                _order = order;
            }
        }
    }

    public void Dispose() { }
}
