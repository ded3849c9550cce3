using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Parsing.Syntax;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The RDF dataset a query runs against (§13), over dictionary ids: the default graph and the named graphs as
/// triple indexes sharing one term dictionary. Built from the store and the query's FROM / FROM NAMED clauses.
/// </summary>
internal sealed class QueryDatasetView
{
    private readonly Dictionary<int, TripleIndex> _named;

    private QueryDatasetView(TermDictionary dictionary, TripleIndex defaultGraph, Dictionary<int, TripleIndex> named, List<int> namedOrder)
    {
        Dictionary = dictionary;
        DefaultGraph = defaultGraph;
        _named = named;
        NamedGraphIds = namedOrder;
    }

    public TermDictionary Dictionary { get; }

    public TripleIndex DefaultGraph { get; }

    /// <summary>Ids of the named graphs' names.</summary>
    public IReadOnlyList<int> NamedGraphIds { get; }

    public TripleIndex? NamedGraph(int nameId) => _named.TryGetValue(nameId, out var g) ? g : null;

    public static QueryDatasetView Create(Dataset dataset, QuerySyntax query, SparqlQueryOptions? options)
    {
        var dict = dataset.Dictionary;
        var (from, fromNamed) = Clauses(query, options);
        if (from.Count == 0 && fromNamed.Count == 0)
        {
            var named = new Dictionary<int, TripleIndex>();
            var order = new List<int>();
            foreach (var g in dataset.NamedGraphs)
            {
                int id = dict.GetOrAdd(g.Name!);
                named[id] = g.Index;
                order.Add(id);
            }
            return new QueryDatasetView(dict, dataset.DefaultGraph.Index, named, order);
        }
        Graph? Lookup(NamedNode iri) =>
            dataset.TryGetGraph(iri, out var g) ? g : options?.GraphResolver?.Invoke(iri);
        return FromClauses(dict, from, fromNamed, Lookup);
    }

    public static QueryDatasetView Create(Graph graph, QuerySyntax query, SparqlQueryOptions? options)
    {
        var dict = graph.Dictionary;
        var (from, fromNamed) = Clauses(query, options);
        if (from.Count == 0 && fromNamed.Count == 0)
            return new QueryDatasetView(dict, graph.Index, new Dictionary<int, TripleIndex>(), new List<int>());
        Graph? Lookup(NamedNode iri) =>
            graph.Name is not null && graph.Name.Equals(iri) ? graph : options?.GraphResolver?.Invoke(iri);
        return FromClauses(dict, from, fromNamed, Lookup);
    }

    /// <summary>The dataset clauses: the protocol's graphs when the options name any, else the query's FROM / FROM NAMED.</summary>
    private static (IList<NamedNode> From, IList<NamedNode> FromNamed) Clauses(QuerySyntax query, SparqlQueryOptions? options) =>
        options is not null && (options.DefaultGraphs.Count > 0 || options.NamedGraphs.Count > 0)
            ? (options.DefaultGraphs, options.NamedGraphs)
            : (query.From, query.FromNamed);

    private static QueryDatasetView FromClauses(TermDictionary dict, IList<NamedNode> from, IList<NamedNode> fromNamed, Func<NamedNode, Graph?> lookup)
    {
        var defaultGraph = new TripleIndex();
        if (from.Count == 1 && lookup(from[0]) is { } single && ReferenceEquals(single.Dictionary, dict))
            defaultGraph = single.Index;
        else
            foreach (var iri in from)
                if (lookup(iri) is { } g) CopyInto(g, dict, defaultGraph);
        var named = new Dictionary<int, TripleIndex>();
        var order = new List<int>();
        foreach (var iri in fromNamed)
        {
            int id = dict.GetOrAdd(iri);
            if (named.ContainsKey(id)) continue;
            var g = lookup(iri);
            TripleIndex index;
            if (g is null) index = new TripleIndex();
            else if (ReferenceEquals(g.Dictionary, dict)) index = g.Index;
            else
            {
                index = new TripleIndex();
                CopyInto(g, dict, index);
            }
            named[id] = index;
            order.Add(id);
        }
        defaultGraph.Flush();
        return new QueryDatasetView(dict, defaultGraph, named, order);
    }

    /// <summary>Re-encodes a graph's triples with <paramref name="dict"/> (graphs from a resolver have their own dictionary).</summary>
    private static void CopyInto(Graph source, TermDictionary dict, TripleIndex target)
    {
        if (ReferenceEquals(source.Dictionary, dict))
        {
            foreach (var t in source.Index.Match(0, 0, 0).Span) target.Add(t);
            return;
        }
        foreach (var t in source) target.Add(new IdTriple(dict.GetOrAdd(t.Subject), dict.GetOrAdd(t.Predicate), dict.GetOrAdd(t.Object)));
    }
}
