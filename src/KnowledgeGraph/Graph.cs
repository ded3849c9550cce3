using System.Collections;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph;

/// <summary>
/// An RDF graph (<see href="https://www.w3.org/TR/rdf11-concepts/#section-rdf-graph">RDF 1.1 Concepts, RDF graph</see>):
/// a set of triples with a prefix map. A graph is either stand-alone (<c>new Graph()</c>, in memory) or one graph of a
/// <see cref="Dataset"/>. Terms are dictionary-encoded; every pattern of bound positions is answered from an index,
/// without a full scan.
/// </summary>
/// <remarks>
/// Thread safety: any number of threads may read and write at once. An enumeration or a query reads one snapshot:
/// it sees the graph as it was when it started, whatever is written meanwhile.
/// </remarks>
public sealed partial class Graph : IEnumerable<Triple>
{
    private (TermDictionary Dictionary, int Id) _nameId;

    /// <summary>Creates an empty in-memory graph.</summary>
    public Graph()
    {
        Owner = new Dataset(new MemoryQuadStore(), this);
        Name = null;
    }

    /// <summary>A stand-alone in-memory graph whose ids come from <paramref name="dictionary"/> (a query's result graph,
    /// sharing the store's append-only dictionary so its id triples need no re-encoding).</summary>
    internal static Graph OverDictionary(TermDictionary dictionary) => new(new MemoryQuadStore(dictionary));

    private Graph(MemoryQuadStore store)
    {
        Owner = new Dataset(store, this);
        Name = null;
    }

    internal Graph(Dataset owner, Term? name)
    {
        Owner = owner;
        Name = name;
    }

    /// <summary>The dataset this graph belongs to (a private one for a stand-alone graph).</summary>
    internal Dataset Owner { get; }

    /// <summary>The graph's name in its dataset, or null for a default graph or a stand-alone graph.</summary>
    public Term? Name { get; }

    /// <summary>Prefixes used to abbreviate IRIs when this graph is written (shared with its dataset).</summary>
    public PrefixMap Prefixes => Owner.Prefixes;

    /// <summary>The base IRI the graph was read with, if any; writers may use it to shorten IRIs.</summary>
    public string? BaseIri { get; set; }

    /// <summary>Number of triples.</summary>
    public int Count
    {
        get
        {
            if (Owner.Memory is not null && MemoryIndex(create: false) is { } index) return index.Count;
            using var reader = Owner.Store.Read();
            return GraphId(reader) is int g ? reader.Match(g, 0, 0, 0).Length : 0;
        }
    }

    /// <summary>Adds a triple; false when it was already present.</summary>
    public bool Add(Triple triple)
    {
        if (Owner.Memory is { } memory)
            lock (memory.WriteGate) return MemoryIndex(create: true)!.Add(Encode(memory.Dictionary, triple));
        return Write((w, g) => w.Add(g, new IdTriple(w.GetOrAddId(triple.Subject), w.GetOrAddId(triple.Predicate), w.GetOrAddId(triple.Object))));
    }

    /// <summary>Adds a triple; false when it was already present.</summary>
    public bool Add(Term subject, NamedNode predicate, Term @object) => Add(new Triple(subject, predicate, @object));

    /// <summary>Queues a triple for the next index merge without reporting whether it was new (the loading path).</summary>
    internal void AddBulk(Triple triple)
    {
        if (Owner.Memory is { } memory)
            lock (memory.WriteGate) MemoryIndex(create: true)!.AddBulk(Encode(memory.Dictionary, triple));
        else Add(triple);
    }

    /// <summary>Queues id triples (of this in-memory graph's dictionary) for the next index merge.</summary>
    internal void AddBulk(IEnumerable<IdTriple> triples)
    {
        var memory = Owner.Memory!;
        lock (memory.WriteGate)
        {
            var index = MemoryIndex(create: true)!;
            foreach (var t in triples) index.AddBulk(t);
        }
    }

    /// <summary>Adds every triple; returns how many were new. For a dataset not in memory, one transaction.</summary>
    public int AddRange(IEnumerable<Triple> triples)
    {
        ArgumentNullException.ThrowIfNull(triples);
        int added = 0;
        if (Owner.Memory is not null)
        {
            foreach (var t in triples)
                if (Add(t)) added++;
            return added;
        }
        Batch(b =>
        {
            foreach (var t in triples)
                if (b.Add(t)) added++;
        });
        return added;
    }

    /// <summary>Removes a triple; false when it was not present.</summary>
    public bool Remove(Triple triple)
    {
        if (Owner.Memory is { } memory)
            lock (memory.WriteGate)
                return TryEncode(memory.Dictionary, triple, out var ids) && MemoryIndex(create: false) is { } index && index.Remove(ids);
        return Write((w, g) => TryEncode(w, triple, out var ids) && w.Remove(g, ids));
    }

    /// <summary>True when the graph contains the triple.</summary>
    public bool Contains(Triple triple)
    {
        using var reader = Owner.Store.Read();
        return GraphId(reader) is int g && TryEncode(reader, triple, out var ids) && reader.Match(g, ids.S, ids.P, ids.O).Length > 0;
    }

    /// <summary>The triples matching a pattern; a null position matches anything. The enumeration reads one snapshot.</summary>
    public IEnumerable<Triple> Match(Term? subject = null, NamedNode? predicate = null, Term? @object = null)
    {
        using var reader = Owner.Store.Read();
        if (GraphId(reader) is not int g) yield break;
        if (!TryLookup(reader, subject, out int s) || !TryLookup(reader, predicate, out int p) || !TryLookup(reader, @object, out int o))
            yield break;
        var decoder = new TermDecoder(reader);
        var range = reader.Match(g, s, p, o);
        for (int i = 0; i < range.Length; i++) yield return decoder.Triple(range[i]);
    }

    /// <summary>Number of triples matching a pattern; a null position matches anything.</summary>
    public int CountMatches(Term? subject = null, NamedNode? predicate = null, Term? @object = null)
    {
        using var reader = Owner.Store.Read();
        if (GraphId(reader) is not int g) return 0;
        if (!TryLookup(reader, subject, out int s) || !TryLookup(reader, predicate, out int p) || !TryLookup(reader, @object, out int o))
            return 0;
        return reader.Match(g, s, p, o).Length;
    }

    /// <summary>The objects of triples with this subject and predicate.</summary>
    public IEnumerable<Term> Objects(Term subject, NamedNode predicate) => Match(subject, predicate).Select(t => t.Object);

    /// <summary>The subjects of triples with this predicate and object.</summary>
    public IEnumerable<Term> Subjects(NamedNode predicate, Term @object) => Match(null, predicate, @object).Select(t => t.Subject);

    /// <summary>
    /// Runs <paramref name="changes"/> as one transaction on this graph: readers see all of its changes at once after
    /// it returns, or none of them when it throws.
    /// </summary>
    public void Batch(Action<GraphBatch> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var writer = Owner.Store.Write();
        int g = Name is null ? 0 : writer.GetOrAddId(Name);
        if (g != 0) writer.CreateGraph(g);
        changes(new GraphBatch(writer, g));
        writer.Commit();
    }

    /// <summary>Adds all triples of <paramref name="other"/> (and its prefixes) to this graph. Blank nodes keep their labels, so
    /// a blank node of the same label in both graphs becomes one node; use <see cref="Merge(Graph, bool)"/> with
    /// <c>renameBlankNodes: true</c> for the RDF merge that keeps them apart.</summary>
    public void Merge(Graph other) => Merge(other, renameBlankNodes: false);

    /// <summary>Adds all triples of <paramref name="other"/>, optionally giving its blank nodes fresh labels first.</summary>
    public void Merge(Graph other, bool renameBlankNodes)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (prefix, ns) in other.Prefixes)
            if (!Prefixes.Contains(prefix)) Prefixes.Add(prefix, ns);
        if (!renameBlankNodes)
        {
            AddRange(other.ToList());
            return;
        }
        var fresh = new Dictionary<BlankNode, BlankNode>();
        Term Map(Term t) => t is BlankNode b ? (fresh.TryGetValue(b, out var n) ? n : fresh[b] = BlankNode.CreateNew()) : t;
        AddRange(other.ToList().Select(t => new Triple(Map(t.Subject), t.Predicate, Map(t.Object))));
    }

    /// <summary>
    /// True when the two graphs are isomorphic: equal up to a one-to-one renaming of blank nodes
    /// (<see href="https://www.w3.org/TR/rdf11-concepts/#graph-isomorphism">RDF 1.1 Concepts, graph isomorphism</see>).
    /// </summary>
    public bool IsIsomorphicWith(Graph other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Isomorphism.AreIsomorphic(this.Select(t => new Quad(t)).ToList(), other.Select(t => new Quad(t)).ToList());
    }

    /// <summary>Enumerates the triples (of one snapshot) in subject, predicate, object id order.</summary>
    public IEnumerator<Triple> GetEnumerator() => Match().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A reader of this graph's store and the graph's id in it (null when the graph does not exist there).</summary>
    internal int? GraphId(IStoreReader reader)
    {
        if (Name is null) return 0;
        if (reader is ITableReader tables && ReferenceEquals(_nameId.Dictionary, tables.Dictionary)) return reader.ContainsGraph(_nameId.Id) ? _nameId.Id : null;
        if (!reader.TryGetId(Name, out int id) || !reader.ContainsGraph(id)) return null;
        if (reader is ITableReader t) _nameId = (t.Dictionary, id);
        return id;
    }

    /// <summary>The triples as ids, for writers that lay out a whole graph (written as the default graph).</summary>
    internal IEnumerable<Quad> AsIndexedQuads()
    {
        var reader = Owner.Store.Read();
        if (reader is not ITableReader tables)
        {
            // Another store's snapshot pins resources (on disk: a RocksDB snapshot); the enumeration opens its own.
            reader.Dispose();
            return this.Select(t => new Quad(t));
        }
        var range = GraphId(reader) is int g ? reader.Match(g, 0, 0, 0) : TripleRange.Empty;
        return new IndexedQuads(tables.Dictionary, [(null, range)]);
    }

    private TripleIndex? MemoryIndex(bool create)
    {
        var memory = Owner.Memory!;
        return Name is null ? memory.Index(0, create) : memory.Index(memory.Dictionary.GetOrAdd(Name), create);
    }

    private bool Write(Func<IStoreWriter, int, bool> change)
    {
        using var writer = Owner.Store.Write();
        int g = Name is null ? 0 : writer.GetOrAddId(Name);
        bool changed = change(writer, g);
        writer.Commit();
        return changed;
    }

    private static IdTriple Encode(TermDictionary dictionary, Triple t) => dictionary.GetOrAddAll(t);

    private static bool TryEncode(TermDictionary dictionary, Triple t, out IdTriple ids)
    {
        ids = default;
        if (!dictionary.TryGetId(t.Subject, out int s) || !dictionary.TryGetId(t.Predicate, out int p) || !dictionary.TryGetId(t.Object, out int o))
            return false;
        ids = new IdTriple(s, p, o);
        return true;
    }

    internal static bool TryEncode(IStoreReader reader, Triple t, out IdTriple ids)
    {
        ids = default;
        if (!reader.TryGetId(t.Subject, out int s) || !reader.TryGetId(t.Predicate, out int p) || !reader.TryGetId(t.Object, out int o))
            return false;
        ids = new IdTriple(s, p, o);
        return true;
    }

    internal static bool TryLookup(IStoreReader reader, Term? term, out int id)
    {
        id = 0;
        return term is null || reader.TryGetId(term, out id);
    }
}
