using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Store;

/// <summary>
/// A write transaction on the in-memory store: each graph it touches gets a private <see cref="TripleIndex"/>
/// started from the snapshot's table (no copy until the first read after a write merges the changes), and commit
/// swaps those graphs in together. Holds the store's write gate from creation to commit or dispose.
/// </summary>
internal sealed class MemoryTransaction : IStoreWriter, ITableReader
{
    private readonly MemoryQuadStore _store;
    private readonly MemorySnapshot _base;
    private readonly Dictionary<int, TripleIndex?> _changed = new();
    private List<int> _order;
    private bool _ended;

    public MemoryTransaction(MemoryQuadStore store, MemorySnapshot snapshot)
    {
        _store = store;
        _base = snapshot;
        _order = snapshot.NamedGraphIds.ToList();
    }

    public TermDictionary Dictionary => _base.Dictionary;

    public IReadOnlyList<int> NamedGraphIds => _order;

    public TripleTable? Table(int graph)
    {
        ThrowIfEnded();
        if (_changed.TryGetValue(graph, out var index)) return index?.Current;
        return _base.Table(graph);
    }

    public bool TryGetId(Term term, out int id) => Dictionary.TryGetId(term, out id);

    public Term GetTerm(int id) => Dictionary[id];

    public TermKind KindOf(int id) => Dictionary.KindOf(id);

    public bool? LanguageEquals(int id, string language) => Dictionary.LanguageEquals(id, language);

    public bool ContainsGraph(int graph) => graph == 0 || Table(graph) is not null;

    public TripleRange Match(int graph, int s, int p, int o) =>
        Table(graph) is { } table ? table.Match(s, p, o) : TripleRange.Empty;

    public int GetOrAddId(Term term)
    {
        ThrowIfEnded();
        return Dictionary.GetOrAdd(term);
    }

    public bool Add(int graph, IdTriple triple) => Writable(graph, create: true)!.Add(triple);

    public bool Remove(int graph, IdTriple triple) => Writable(graph, create: false) is { } index && index.Remove(triple);

    public bool CreateGraph(int graph)
    {
        if (graph == 0 || ContainsGraph(graph)) return false;
        Writable(graph, create: true);
        return true;
    }

    public bool DropGraph(int graph)
    {
        ThrowIfEnded();
        if (graph == 0)
        {
            _changed[0] = new TripleIndex();
            return true;
        }
        if (!ContainsGraph(graph)) return false;
        _changed[graph] = null;
        _order = _order.Where(g => g != graph).ToList();
        return true;
    }

    public void Commit()
    {
        ThrowIfEnded();
        var tables = new Dictionary<int, TripleTable?>(_changed.Count);
        foreach (var (graph, index) in _changed) tables[graph] = index?.Current;
        _store.Publish(tables, _order);
        End();
    }

    public void Dispose()
    {
        if (!_ended) End();
    }

    private TripleIndex? Writable(int graph, bool create)
    {
        ThrowIfEnded();
        if (_changed.TryGetValue(graph, out var index) && index is not null) return index;
        var table = index is null && _changed.ContainsKey(graph) ? null : _base.Table(graph);
        if (table is null && !create) return null;
        if (table is null && graph != 0) _order.Add(graph);
        return _changed[graph] = new TripleIndex(table ?? TripleTable.Empty);
    }

    private void End()
    {
        _ended = true;
        Monitor.Exit(_store.WriteGate);
    }

    private void ThrowIfEnded()
    {
        if (_ended) throw new InvalidOperationException("The transaction has already been committed or disposed.");
    }
}
