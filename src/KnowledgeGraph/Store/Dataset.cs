using System.Collections;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Store;

/// <summary>
/// An RDF dataset: one default graph and any number of named graphs
/// (<see href="https://www.w3.org/TR/rdf11-concepts/#section-dataset">RDF 1.1 Concepts, RDF dataset</see>).
/// All graphs share one term dictionary, so ids compare across graphs.
/// </summary>
/// <remarks>Thread safety is that of <see cref="Graph"/>: reads may run concurrently with each other and with writes.</remarks>
public sealed partial class Dataset : IEnumerable<Quad>
{
    private readonly object _gate = new();
    private readonly Dictionary<int, Graph> _named = new();
    private readonly List<int> _order = new();

    /// <summary>Creates an empty dataset.</summary>
    public Dataset()
    {
        Dictionary = new TermDictionary();
        Prefixes = new PrefixMap();
        DefaultGraph = new Graph(Dictionary, null, Prefixes);
    }

    internal TermDictionary Dictionary { get; }

    /// <summary>The default graph.</summary>
    public Graph DefaultGraph { get; }

    /// <summary>Prefixes shared by all graphs of the dataset.</summary>
    public PrefixMap Prefixes { get; }

    /// <summary>The base IRI the dataset was read with, if any.</summary>
    public string? BaseIri { get; set; }

    /// <summary>Names of the named graphs, in the order they were created.</summary>
    public IReadOnlyList<Term> GraphNames
    {
        get
        {
            lock (_gate) return _order.Select(id => Dictionary[id]).ToList();
        }
    }

    /// <summary>The named graphs, in the order they were created.</summary>
    public IReadOnlyList<Graph> NamedGraphs
    {
        get
        {
            lock (_gate) return _order.Select(id => _named[id]).ToList();
        }
    }

    /// <summary>Number of quads in all graphs.</summary>
    public int Count => DefaultGraph.Count + NamedGraphs.Sum(g => g.Count);

    /// <summary>The named graph <paramref name="name"/>, created empty when it does not exist yet.</summary>
    public Graph GetOrCreateGraph(Term name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IsLiteral) throw new ArgumentException("A graph name cannot be a literal.", nameof(name));
        int id = Dictionary.GetOrAdd(name);
        lock (_gate)
        {
            if (_named.TryGetValue(id, out var g)) return g;
            g = new Graph(Dictionary, name, Prefixes);
            _named.Add(id, g);
            _order.Add(id);
            return g;
        }
    }

    /// <summary>The named graph <paramref name="name"/>, if it exists.</summary>
    public bool TryGetGraph(Term name, out Graph graph)
    {
        graph = null!;
        if (!Dictionary.TryGetId(name, out int id)) return false;
        lock (_gate) return _named.TryGetValue(id, out graph!);
    }

    /// <summary>The default graph for null, else the named graph (created when missing).</summary>
    public Graph Graph(Term? name) => name is null ? DefaultGraph : GetOrCreateGraph(name);

    /// <summary>Removes a named graph and its triples; false when there was none.</summary>
    public bool RemoveGraph(Term name)
    {
        if (!Dictionary.TryGetId(name, out int id)) return false;
        lock (_gate)
        {
            if (!_named.Remove(id)) return false;
            _order.Remove(id);
            return true;
        }
    }

    /// <summary>Adds a quad; false when it was already present.</summary>
    public bool Add(Quad quad) => Graph(quad.Graph).Add(quad.Triple);

    /// <summary>Queues a quad for the next index merge without reporting whether it was new (the loading path).</summary>
    internal void AddBulk(Quad quad) => Graph(quad.Graph).AddBulk(quad.Triple);

    /// <summary>Removes a quad; false when it was not present.</summary>
    public bool Remove(Quad quad)
    {
        if (quad.Graph is null) return DefaultGraph.Remove(quad.Triple);
        return TryGetGraph(quad.Graph, out var g) && g.Remove(quad.Triple);
    }

    /// <summary>True when the dataset contains the quad.</summary>
    public bool Contains(Quad quad)
    {
        if (quad.Graph is null) return DefaultGraph.Contains(quad.Triple);
        return TryGetGraph(quad.Graph, out var g) && g.Contains(quad.Triple);
    }

    /// <summary>Quads of all graphs (default first) matching a triple pattern; a null position matches anything.</summary>
    public IEnumerable<Quad> Match(Term? subject = null, NamedNode? predicate = null, Term? @object = null)
    {
        foreach (var t in DefaultGraph.Match(subject, predicate, @object)) yield return new Quad(t);
        foreach (var g in NamedGraphs)
            foreach (var t in g.Match(subject, predicate, @object)) yield return new Quad(t, g.Name);
    }

    /// <summary>True when the datasets are isomorphic (one blank-node renaming across all graphs and graph names).</summary>
    public bool IsIsomorphicWith(Dataset other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Isomorphism.AreIsomorphic(this.ToList(), other.ToList());
    }

    /// <summary>Every graph's triples as ids: the default graph, then the named graphs in creation order.</summary>
    internal IndexedQuads AsIndexedQuads()
    {
        var graphs = new List<(Term? Name, TripleRange Triples)> { (null, DefaultGraph.Index.Match(0, 0, 0)) };
        foreach (var g in NamedGraphs) graphs.Add((g.Name, g.Index.Match(0, 0, 0)));
        return new IndexedQuads(Dictionary, graphs);
    }

    /// <summary>All quads: the default graph's, then each named graph's.</summary>
    public IEnumerator<Quad> GetEnumerator() => Match().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
