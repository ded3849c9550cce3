using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Export;

/// <summary>
/// The property-graph reading of an RDF graph that every writer shares. Nodes are the IRIs and blank nodes that
/// occur as a subject or as the object of a predicate other than <c>rdf:type</c>, minus instances of excluded
/// classes; they are numbered in term order (<see cref="Term.CompareTo"/>), so ids depend on the graph's content,
/// not on the order it was loaded in. Everything else is read straight from the graph's indexes while writing:
/// the only structures built here are two int arrays over the nodes and small per-predicate and per-class tables.
/// </summary>
internal sealed partial class ExportView : IDisposable
{
    private const int Unmarked = -1;
    private const int Candidate = -2;

    private readonly IStoreReader _reader;
    private readonly int _graph;
    private readonly int[] _nodeOf;
    private readonly int[] _nodes;
    private readonly int _typeId;
    private readonly int _subClassOfId;
    private readonly HashSet<int> _excludedClasses = new();
    private readonly HashSet<int> _excludedPredicates = new();
    private readonly Dictionary<int, ClassInfo> _classes = new();
    private readonly Dictionary<int, PredicateInfo> _predicates = new();

    public ExportView(Graph graph, ExportSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Settings = settings;
        Names = new TermNames(graph.Prefixes);
        // One snapshot for the whole export, released by Dispose (on disk it pins a RocksDB snapshot).
        _reader = graph.Owner.Store.Read();
        _graph = graph.GraphId(_reader) ?? -1;
        _typeId = IdOf(Vocab.Rdf.Type);
        _subClassOfId = IdOf(Vocab.Rdfs.SubClassOf);
        All = Match(0, 0, 0);
        int maxId = 0;
        foreach (var t in All.Span) maxId = Math.Max(maxId, Math.Max(t.S, Math.Max(t.P, t.O)));
        _nodeOf = new int[maxId + 1];
        Array.Fill(_nodeOf, Unmarked);
        IndexClasses();
        ResolveExcludedPredicates(graph.Prefixes);
        var predicateIds = new HashSet<int>();
        _nodes = CollectNodes(predicateIds, ct);
        IndexPredicates(predicateIds);
        LabelLanguages = CollectLabelLanguages();
        ScanAttributes(ct);
    }

    public ExportSettings Settings { get; }

    /// <summary>Releases the snapshot.</summary>
    public void Dispose() => _reader.Dispose();

    private TripleRange Match(int s, int p, int o) => _graph < 0 ? TripleRange.Empty : _reader.Match(_graph, s, p, o);

    public TermNames Names { get; }

    /// <summary>The snapshot of the graph being exported, in SPO order.</summary>
    private TripleRange All { get; }

    public int NodeCount => _nodes.Length;

    public int NodeTermId(int node) => _nodes[node];

    public Term NodeTerm(int node) => _reader.GetTerm(_nodes[node]);

    /// <summary>The node index of a term id, or -1 when the term is not a node of the export.</summary>
    public int NodeOf(int termId) => termId > 0 && termId < _nodeOf.Length ? _nodeOf[termId] : Unmarked;

    public Term Term(int termId) => _reader.GetTerm(termId);

    /// <summary>The id of a term in the graph's dictionary, or 0 when the graph never saw it.</summary>
    public int IdOf(Term term) => _reader.TryGetId(term, out int id) ? id : 0;

    public bool IsLiteral(int termId) => _reader.KindOf(termId) == TermKind.Literal;

    /// <summary>The triples with this subject, in predicate-id order.</summary>
    public ReadOnlySpan<IdTriple> Outgoing(int subjectId) => Match(subjectId, 0, 0).Span;

    /// <summary>The triples with this object.</summary>
    public ReadOnlySpan<IdTriple> Incoming(int objectId) => Match(0, 0, objectId).Span;

    /// <summary>The triples with this subject and predicate.</summary>
    public ReadOnlySpan<IdTriple> Values(int subjectId, int predicateId) =>
        predicateId == 0 ? default : Match(subjectId, predicateId, 0).Span;

    /// <summary>True when the triple is drawn as an edge: not <c>rdf:type</c> nor an excluded predicate, and both
    /// ends are nodes.</summary>
    public bool IsEdge(IdTriple t) => t.P != _typeId && NodeOf(t.S) >= 0 && NodeOf(t.O) >= 0 && !IsExcludedPredicate(t.P);

    public bool IsExcludedPredicate(int predicateId) => _excludedPredicates.Count > 0 && _excludedPredicates.Contains(predicateId);

    public PredicateInfo Predicate(int predicateId) => _predicates[predicateId];

    /// <summary>Every predicate of the graph.</summary>
    public IEnumerable<PredicateInfo> Predicates => _predicates.Values.OrderBy(p => p.Rank);

    /// <summary>Every class (object of <c>rdf:type</c>), for legends.</summary>
    public IEnumerable<ClassInfo> Classes => _classes.Values.OrderBy(c => c.Rank);

    private void IndexClasses()
    {
        var classIds = new List<int>();
        if (_typeId != 0)
        {
            var types = Match(0, _typeId, 0).Span; // POS: grouped by class
            for (int i = 0; i < types.Length; i++)
                if ((i == 0 || types[i].O != types[i - 1].O) && !IsLiteral(types[i].O)) classIds.Add(types[i].O);
        }
        var named = classIds.Select(id => (Id: id, Name: Names.Display(_reader.GetTerm(id))))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        for (int rank = 0; rank < named.Count; rank++)
        {
            var (id, name) = named[rank];
            _classes[id] = new ClassInfo(id, name, rank);
            var term = _reader.GetTerm(id);
            if (Settings.ExcludedClasses.Contains(name) || (term is NamedNode n && Settings.ExcludedClasses.Contains(n.Value)))
                _excludedClasses.Add(id);
        }
    }

    private void IndexPredicates(HashSet<int> predicateIds)
    {
        var ordered = predicateIds.Select(id => (Id: id, Iri: ((NamedNode)_reader.GetTerm(id)).Value))
            .OrderBy(p => p.Iri, StringComparer.Ordinal).ToList();
        for (int rank = 0; rank < ordered.Count; rank++)
        {
            var (id, iri) = ordered[rank];
            _predicates[id] = new PredicateInfo(id, iri, Names.Display(_reader.GetTerm(id)), rank);
        }
    }

    private void ResolveExcludedPredicates(PrefixMap prefixes)
    {
        foreach (var name in Settings.ExcludedPredicates)
        {
            var iri = name;
            int colon = name.IndexOf(':');
            if (colon >= 0 && prefixes.TryGetNamespace(name[..colon], out var ns)) iri = ns + name[(colon + 1)..];
            foreach (var candidate in new[] { name, iri })
                if (_reader.TryGetId(NamedNode.CreateUnchecked(candidate), out int id)) _excludedPredicates.Add(id);
        }
    }

    /// <summary>
    /// Marks the node candidates in one pass over SPO: every subject, and every IRI or blank-node object of a
    /// drawn predicate whose subject is not an instance of an excluded class (so what only excluded resources point
    /// to is left out with them). Also collects the graph's predicates.
    /// </summary>
    private int[] CollectNodes(HashSet<int> predicateIds, CancellationToken ct)
    {
        var all = All.Span;
        int candidates = 0, lastPredicate = 0, lastSubject = 0;
        bool subjectExcluded = false;
        for (int i = 0; i < all.Length; i++)
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var t = all[i];
            if (t.P != lastPredicate) { predicateIds.Add(t.P); lastPredicate = t.P; }
            if (t.S != lastSubject)
            {
                lastSubject = t.S;
                subjectExcluded = _excludedClasses.Count > 0 && HasExcludedClass(t.S);
            }
            if (subjectExcluded) continue;
            if (t.S < _nodeOf.Length && _nodeOf[t.S] == Unmarked) { _nodeOf[t.S] = Candidate; candidates++; }
            if (t.P != _typeId && !IsExcludedPredicate(t.P) && t.O < _nodeOf.Length && _nodeOf[t.O] == Unmarked && !IsLiteral(t.O))
            {
                _nodeOf[t.O] = Candidate;
                candidates++;
            }
        }
        var nodes = new int[candidates];
        int n = 0;
        for (int id = 1; id < _nodeOf.Length; id++)
        {
            if (_nodeOf[id] != Candidate) continue;
            if (_excludedClasses.Count > 0 && HasExcludedClass(id)) { _nodeOf[id] = Unmarked; continue; }
            nodes[n++] = id;
        }
        Array.Resize(ref nodes, n);
        Array.Sort(nodes, (a, b) => _reader.GetTerm(a).CompareTo(_reader.GetTerm(b)));
        for (int i = 0; i < nodes.Length; i++) _nodeOf[nodes[i]] = i;
        return nodes;
    }

    private bool HasExcludedClass(int id)
    {
        foreach (var t in Values(id, _typeId))
            if (_excludedClasses.Contains(t.O)) return true;
        return false;
    }
}

/// <summary>A class of the graph with its display name and its rank in name order (its palette slot).</summary>
internal sealed record ClassInfo(int Id, string Name, int Rank);

/// <summary>A predicate with its IRI, display name and rank in IRI order (edges are sorted by it).</summary>
internal sealed record PredicateInfo(int Id, string Iri, string Name, int Rank);
