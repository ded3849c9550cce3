using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>One graph of a snapshot seen as a dataset of its own: that graph is the default graph and there are no
/// named graphs (a query over a <c>Graph</c> that is a named graph of its dataset).</summary>
internal sealed class SingleGraphReader : IStoreReader
{
    private readonly IStoreReader _inner;
    private readonly int? _graph;

    /// <param name="inner">The snapshot.</param>
    /// <param name="graph">The graph's id in it; null when the graph does not exist there (an empty graph).</param>
    public SingleGraphReader(IStoreReader inner, int? graph)
    {
        _inner = inner;
        _graph = graph;
    }

    public IReadOnlyList<int> NamedGraphIds => [];

    public bool ContainsGraph(int graph) => graph == 0;

    public bool TryGetId(Term term, out int id) => _inner.TryGetId(term, out id);

    public Term GetTerm(int id) => _inner.GetTerm(id);

    public TermKind KindOf(int id) => _inner.KindOf(id);

    public bool? LanguageEquals(int id, string language) => _inner.LanguageEquals(id, language);

    public TripleRange Match(int graph, int s, int p, int o) =>
        graph == 0 && _graph is int g ? _inner.Match(g, s, p, o) : TripleRange.Empty;

    public void Dispose() { }
}
