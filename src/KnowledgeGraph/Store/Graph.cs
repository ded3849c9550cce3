using System.Collections;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Store;

/// <summary>
/// An in-memory, indexed RDF graph (<see href="https://www.w3.org/TR/rdf11-concepts/#section-rdf-graph">RDF 1.1 Concepts, RDF graph</see>):
/// a set of triples with a prefix map. Terms are dictionary-encoded; every pattern of bound positions is answered
/// from an index, without a full scan.
/// </summary>
/// <remarks>
/// Thread safety: any number of readers may run at once, and writes may run concurrently with reads. An
/// enumeration started before a write sees the graph as it was when the enumeration started.
/// </remarks>
public sealed partial class Graph : IEnumerable<Triple>
{
    /// <summary>Creates an empty graph.</summary>
    public Graph() : this(new TermDictionary(), null, new PrefixMap()) { }

    internal Graph(TermDictionary dictionary, Term? name, PrefixMap prefixes)
    {
        Dictionary = dictionary;
        Name = name;
        Prefixes = prefixes;
    }

    internal TermDictionary Dictionary { get; }

    internal TripleIndex Index { get; } = new();

    /// <summary>The graph's name in its dataset, or null for a default graph or a stand-alone graph.</summary>
    public Term? Name { get; }

    /// <summary>Prefixes used to abbreviate IRIs when this graph is written.</summary>
    public PrefixMap Prefixes { get; }

    /// <summary>The base IRI the graph was read with, if any; writers may use it to shorten IRIs.</summary>
    public string? BaseIri { get; set; }

    /// <summary>Number of triples.</summary>
    public int Count => Index.Count;

    /// <summary>Adds a triple; false when it was already present.</summary>
    public bool Add(Triple triple) => Index.Add(Encode(triple));

    /// <summary>Adds a triple; false when it was already present.</summary>
    public bool Add(Term subject, NamedNode predicate, Term @object) => Add(new Triple(subject, predicate, @object));

    /// <summary>Queues a triple for the next index merge without reporting whether it was new (the loading path).</summary>
    internal void AddBulk(Triple triple) => Index.AddBulk(Encode(triple));

    /// <summary>Adds every triple; returns how many were new.</summary>
    public int AddRange(IEnumerable<Triple> triples)
    {
        ArgumentNullException.ThrowIfNull(triples);
        int added = 0;
        foreach (var t in triples)
            if (Add(t)) added++;
        return added;
    }

    /// <summary>Removes a triple; false when it was not present.</summary>
    public bool Remove(Triple triple) =>
        TryEncode(triple, out var ids) && Index.Remove(ids);

    /// <summary>True when the graph contains the triple.</summary>
    public bool Contains(Triple triple) =>
        TryEncode(triple, out var ids) && Index.Contains(ids);

    /// <summary>The triples matching a pattern; a null position matches anything.</summary>
    public IEnumerable<Triple> Match(Term? subject = null, NamedNode? predicate = null, Term? @object = null)
    {
        if (!TryLookup(subject, out int s) || !TryLookup(predicate, out int p) || !TryLookup(@object, out int o))
            return Array.Empty<Triple>();
        return Decode(Index.Match(s, p, o));
    }

    /// <summary>Number of triples matching a pattern; a null position matches anything.</summary>
    public int CountMatches(Term? subject = null, NamedNode? predicate = null, Term? @object = null)
    {
        if (!TryLookup(subject, out int s) || !TryLookup(predicate, out int p) || !TryLookup(@object, out int o))
            return 0;
        return Index.CountMatches(s, p, o);
    }

    /// <summary>The objects of triples with this subject and predicate.</summary>
    public IEnumerable<Term> Objects(Term subject, NamedNode predicate) => Match(subject, predicate).Select(t => t.Object);

    /// <summary>The subjects of triples with this predicate and object.</summary>
    public IEnumerable<Term> Subjects(NamedNode predicate, Term @object) => Match(null, predicate, @object).Select(t => t.Subject);

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
            AddRange(other);
            return;
        }
        var fresh = new Dictionary<BlankNode, BlankNode>();
        Term Map(Term t) => t is BlankNode b ? (fresh.TryGetValue(b, out var n) ? n : fresh[b] = BlankNode.CreateNew()) : t;
        foreach (var t in other.ToList())
            Add(Map(t.Subject), t.Predicate, Map(t.Object));
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

    /// <summary>Enumerates the triples in subject, predicate, object id order.</summary>
    public IEnumerator<Triple> GetEnumerator() => Decode(Index.Match(0, 0, 0)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal IdTriple Encode(Triple t) =>
        new(Dictionary.GetOrAdd(t.Subject), Dictionary.GetOrAdd(t.Predicate), Dictionary.GetOrAdd(t.Object));

    internal Triple Decode(IdTriple t) =>
        new(Dictionary[t.S], (NamedNode)Dictionary[t.P], Dictionary[t.O]);

    private IEnumerable<Triple> Decode(TripleRange range)
    {
        var decoder = new TermDecoder(Dictionary);
        for (int i = 0; i < range.Length; i++) yield return decoder.Triple(range[i]);
    }

    /// <summary>The triples as ids, for writers that lay out a whole graph (written as the default graph).</summary>
    internal IndexedQuads AsIndexedQuads() => new(Dictionary, [(null, Index.Match(0, 0, 0))]);

    private bool TryEncode(Triple t, out IdTriple ids)
    {
        ids = default;
        if (!Dictionary.TryGetId(t.Subject, out int s) || !Dictionary.TryGetId(t.Predicate, out int p) || !Dictionary.TryGetId(t.Object, out int o))
            return false;
        ids = new IdTriple(s, p, o);
        return true;
    }

    private bool TryLookup(Term? term, out int id)
    {
        id = 0;
        return term is null || Dictionary.TryGetId(term, out id);
    }
}
