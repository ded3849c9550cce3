using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The RDF dataset a query runs against (§13), over ids of one store snapshot: the default graph and the named
/// graphs, as chosen by the query's FROM / FROM NAMED clauses (or the whole store without them). Never writes to
/// the store: names the store has never held get query-local ids from the <see cref="TermTable"/>.
/// </summary>
internal sealed class QueryDatasetView
{
    private readonly Dictionary<int, ActiveGraph> _named;
    private readonly bool _allNamed;

    private QueryDatasetView(IStoreReader reader, ActiveGraph defaultGraph, Dictionary<int, ActiveGraph> named, IReadOnlyList<int> namedOrder, bool allNamed)
    {
        Reader = reader;
        DefaultGraph = defaultGraph;
        _named = named;
        NamedGraphIds = namedOrder;
        _allNamed = allNamed;
    }

    /// <summary>The snapshot every lookup of the query reads.</summary>
    public IStoreReader Reader { get; }

    public ActiveGraph DefaultGraph { get; }

    /// <summary>Ids of the named graphs' names.</summary>
    public IReadOnlyList<int> NamedGraphIds { get; }

    public ActiveGraph? NamedGraph(int nameId)
    {
        if (_named.TryGetValue(nameId, out var g)) return g;
        if (!_allNamed || nameId <= 0 || !Reader.ContainsGraph(nameId)) return null;
        lock (_named) return _named[nameId] = new ActiveGraph(Reader, nameId);
    }

    /// <summary>The whole snapshot: its default graph and all its named graphs.</summary>
    public static QueryDatasetView Whole(IStoreReader reader) =>
        new(reader, new ActiveGraph(reader, 0), new Dictionary<int, ActiveGraph>(), reader.NamedGraphIds, allNamed: true);

    /// <summary>The dataset of FROM / FROM NAMED: graphs of the snapshot named by those IRIs (missing ones are empty).</summary>
    public static QueryDatasetView Create(IStoreReader reader, IReadOnlyList<NamedNode> from, IReadOnlyList<NamedNode> fromNamed, TermTable terms)
    {
        if (from.Count == 0 && fromNamed.Count == 0) return Whole(reader);
        int GraphId(NamedNode iri) => reader.TryGetId(iri, out int id) && reader.ContainsGraph(id) ? id : -1;

        ActiveGraph defaultGraph;
        var fromIds = from.Select(GraphId).Where(id => id > 0).Distinct().ToList();
        if (fromIds.Count == 0) defaultGraph = ActiveGraph.Empty;
        else if (fromIds.Count == 1) defaultGraph = new ActiveGraph(reader, fromIds[0]);
        else
        {
            // The RDF merge of several graphs (§13.2.2): one table of their union.
            var union = new List<IdTriple>();
            foreach (var id in fromIds) union.AddRange(reader.Match(id, 0, 0, 0).AsEnumerable());
            defaultGraph = new ActiveGraph(TripleTable.From(union));
        }

        var named = new Dictionary<int, ActiveGraph>();
        var order = new List<int>();
        foreach (var iri in fromNamed)
        {
            int id = GraphId(iri);
            var graph = id > 0 ? new ActiveGraph(reader, id) : ActiveGraph.Empty;
            if (id <= 0) id = terms.Intern(iri);
            if (named.TryAdd(id, graph)) order.Add(id);
        }
        return new QueryDatasetView(reader, defaultGraph, named, order, allNamed: false);
    }
}
