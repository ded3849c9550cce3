using System.Collections;
using System.Collections.Concurrent;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph;

/// <summary>
/// An RDF dataset: one default graph and any number of named graphs
/// (<see href="https://www.w3.org/TR/rdf11-concepts/#section-dataset">RDF 1.1 Concepts, RDF dataset</see>), kept in
/// an <see cref="IQuadStore"/>: in memory unless another store is given (a store on disk, say). All graphs share the
/// store's term dictionary.
/// </summary>
/// <remarks>
/// Thread safety: any number of threads may read and write at once. Every query and every enumeration reads one
/// snapshot from its first result to its last; a batch (<see cref="Batch"/>) becomes visible to readers all at once.
/// Writers are serialised: single writes and batches run one at a time.
/// </remarks>
public sealed partial class Dataset : IEnumerable<Quad>, IDisposable
{
    private readonly ConcurrentDictionary<Term, Graph> _graphs = new();

    /// <summary>Creates an empty in-memory dataset.</summary>
    public Dataset() : this(new MemoryQuadStore()) { }

    /// <summary>Creates a dataset over <paramref name="store"/>; the dataset owns it and disposes it.</summary>
    public Dataset(IQuadStore store)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Prefixes = new PrefixMap();
        DefaultGraph = new Graph(this, null);
    }

    /// <summary>The private dataset of a stand-alone graph, whose default graph it is.</summary>
    internal Dataset(IQuadStore store, Graph defaultGraph)
    {
        Store = store;
        Prefixes = new PrefixMap();
        DefaultGraph = defaultGraph;
    }

    /// <summary>Where the quads are kept.</summary>
    internal IQuadStore Store { get; }

    /// <summary>The in-memory store, when the dataset is in memory (the fast paths).</summary>
    internal MemoryQuadStore? Memory => Store as MemoryQuadStore;

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
            using var reader = Store.Read();
            return reader.NamedGraphIds.Select(reader.GetTerm).ToList();
        }
    }

    /// <summary>The named graphs, in the order they were created.</summary>
    public IReadOnlyList<Graph> NamedGraphs => GraphNames.Select(GraphObject).ToList();

    /// <summary>Number of quads in all graphs.</summary>
    public int Count
    {
        get
        {
            using var reader = Store.Read();
            int n = reader.Match(0, 0, 0, 0).Length;
            foreach (var g in reader.NamedGraphIds) n += reader.Match(g, 0, 0, 0).Length;
            return n;
        }
    }

    /// <summary>The named graph <paramref name="name"/>, created empty when it does not exist yet.</summary>
    public Graph GetOrCreateGraph(Term name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IsLiteral) throw new ArgumentException("A graph name cannot be a literal.", nameof(name));
        if (Memory is { } memory)
        {
            lock (memory.WriteGate) memory.Index(memory.Dictionary.GetOrAdd(name), create: true);
        }
        else
        {
            using var writer = Store.Write();
            writer.CreateGraph(writer.GetOrAddId(name));
            writer.Commit();
        }
        return GraphObject(name);
    }

    /// <summary>The named graph <paramref name="name"/>, if it exists.</summary>
    public bool TryGetGraph(Term name, out Graph graph)
    {
        ArgumentNullException.ThrowIfNull(name);
        graph = null!;
        using var reader = Store.Read();
        if (!reader.TryGetId(name, out int id) || !reader.ContainsGraph(id)) return false;
        graph = GraphObject(name);
        return true;
    }

    /// <summary>The default graph for null, else the named graph (created when missing).</summary>
    public Graph Graph(Term? name) => name is null ? DefaultGraph : GetOrCreateGraph(name);

    /// <summary>Removes a named graph and its triples; false when there was none.</summary>
    public bool RemoveGraph(Term name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var writer = Store.Write();
        if (!writer.TryGetId(name, out int id) || !writer.DropGraph(id)) return false;
        writer.Commit();
        return true;
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

    /// <summary>Quads of all graphs (default first) matching a triple pattern; a null position matches anything. The
    /// enumeration reads one snapshot.</summary>
    public IEnumerable<Quad> Match(Term? subject = null, NamedNode? predicate = null, Term? @object = null)
    {
        using var reader = Store.Read();
        if (!KnowledgeGraph.Graph.TryLookup(reader, subject, out int s) || !KnowledgeGraph.Graph.TryLookup(reader, predicate, out int p) || !KnowledgeGraph.Graph.TryLookup(reader, @object, out int o))
            yield break;
        var decoder = new TermDecoder(reader);
        var range = reader.Match(0, s, p, o);
        for (int i = 0; i < range.Length; i++) yield return new Quad(decoder.Triple(range[i]));
        foreach (var g in reader.NamedGraphIds)
        {
            var name = reader.GetTerm(g);
            range = reader.Match(g, s, p, o);
            for (int i = 0; i < range.Length; i++) yield return new Quad(decoder.Triple(range[i]), name);
        }
    }

    /// <summary>
    /// Runs <paramref name="changes"/> as one transaction: readers see all of its changes at once after it returns, or
    /// none of them when it throws. Changes made through other objects while the batch runs wait for it.
    /// </summary>
    public void Batch(Action<DatasetBatch> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var writer = Store.Write();
        changes(new DatasetBatch(writer));
        writer.Commit();
    }

    /// <summary>True when the datasets are isomorphic (one blank-node renaming across all graphs and graph names).</summary>
    public bool IsIsomorphicWith(Dataset other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Isomorphism.AreIsomorphic(this.ToList(), other.ToList());
    }

    /// <summary>
    /// Returns memory that deleted triples held: the term dictionary is rebuilt with only the terms still in use.
    /// Worth calling after deleting a large part of an in-memory dataset; does nothing for other stores.
    /// </summary>
    public void Compact()
    {
        if (Memory is not { } memory) return;
        memory.Compact();
    }

    /// <summary>Every graph's triples as ids: the default graph, then the named graphs in creation order.</summary>
    internal IEnumerable<Quad> AsIndexedQuads()
    {
        var reader = Store.Read();
        if (reader is not ITableReader tables)
        {
            // Another store's snapshot pins resources (on disk: a RocksDB snapshot); the enumeration opens its own.
            reader.Dispose();
            return this;
        }
        var graphs = new List<(Term? Name, TripleRange Triples)> { (null, tables.Match(0, 0, 0, 0)) };
        foreach (var g in tables.NamedGraphIds) graphs.Add((tables.GetTerm(g), tables.Match(g, 0, 0, 0)));
        return new IndexedQuads(tables.Dictionary, graphs);
    }

    /// <summary>The graph object for a name (one per name, so graphs compare by reference as before).</summary>
    private Graph GraphObject(Term name) => _graphs.GetOrAdd(name, n => new Graph(this, n));

    /// <summary>All quads: the default graph's, then each named graph's.</summary>
    public IEnumerator<Quad> GetEnumerator() => Match().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Disposes the store (closing a store on disk).</summary>
    public void Dispose() => Store.Dispose();
}
