using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Store;

/// <summary>The in-memory store at one moment: the published table of every graph, captured together.</summary>
internal sealed class MemorySnapshot : ITableReader
{
    private readonly TripleTable _default;
    private readonly Dictionary<int, TripleTable> _named;
    private readonly int[] _order;

    public MemorySnapshot(TermDictionary dictionary, TripleTable defaultGraph, Dictionary<int, TripleTable> named, int[] order)
    {
        Dictionary = dictionary;
        _default = defaultGraph;
        _named = named;
        _order = order;
    }

    public TermDictionary Dictionary { get; }

    public IReadOnlyList<int> NamedGraphIds => _order;

    public TripleTable? Table(int graph) => graph == 0 ? _default : _named.GetValueOrDefault(graph);

    public bool TryGetId(Term term, out int id) => Dictionary.TryGetId(term, out id);

    public Term GetTerm(int id) => Dictionary[id];

    public TermKind KindOf(int id) => Dictionary.KindOf(id);

    public bool? LanguageEquals(int id, string language) => Dictionary.LanguageEquals(id, language);

    public bool ContainsGraph(int graph) => graph == 0 || _named.ContainsKey(graph);

    public TripleRange Match(int graph, int s, int p, int o) =>
        Table(graph) is { } table ? table.Match(s, p, o) : TripleRange.Empty;

    public void Dispose() { }
}
