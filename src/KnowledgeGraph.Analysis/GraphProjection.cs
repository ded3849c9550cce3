using KnowledgeGraph.Model;
using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>
/// An RDF graph seen as a QuikGraph <see cref="BidirectionalGraph{TVertex, TEdge}"/>: resources as vertices, one
/// predicate-labelled edge per triple from subject to object, with graph algorithms that answer what SPARQL answers
/// badly (who is central, how A is connected to B). Vertices and edges are added in term order, so every result is
/// deterministic.
/// </summary>
/// <remarks>Thread safety: the algorithms only read the projection, so several threads may run them at once; do not change <see cref="Graph"/> while they run.</remarks>
public sealed partial class GraphProjection
{
    private static readonly string[] s_labelPredicates =
    {
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        Vocab.Rdfs.Namespace + "label",
        "http://schema.org/name",
        "https://schema.org/name",
    };

    private const string ProvNamespace = "http://www.w3.org/ns/prov#";

    private static readonly HashSet<string> s_identityPredicates = new(StringComparer.Ordinal)
    {
        "http://www.w3.org/2002/07/owl#sameAs", "http://schema.org/sameAs", "https://schema.org/sameAs",
        "http://www.w3.org/2004/02/skos/core#exactMatch", "http://www.w3.org/2004/02/skos/core#closeMatch",
    };

    private readonly Graph _source;
    private readonly ProjectionOptions _options;
    private readonly ShortNames _names;
    private readonly Dictionary<Term, string> _labels = new();
    private readonly Dictionary<NamedNode, bool> _described = new();

    private GraphProjection(Graph source, ProjectionOptions options)
    {
        _source = source;
        _options = options;
        _names = new ShortNames(source.Prefixes);
        Graph = new BidirectionalGraph<Term, PredicateEdge>(allowParallelEdges: true);
    }

    /// <summary>The QuikGraph graph, for algorithms not offered here.</summary>
    public BidirectionalGraph<Term, PredicateEdge> Graph { get; }

    /// <summary>Projects <paramref name="graph"/> (a snapshot of it: later changes are not seen).</summary>
    public static GraphProjection From(Graph graph, ProjectionOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var projection = new GraphProjection(graph, options ?? new ProjectionOptions());
        projection.Build(ct);
        return projection;
    }

    /// <summary>The resource's preferred label in the projection's language, else its prefixed name.</summary>
    public string LabelOf(Term resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (_labels.TryGetValue(resource, out var cached)) return cached;
        string? label = null;
        if (resource is not Literal)
            foreach (var iri in s_labelPredicates)
            {
                int bestScore = LanguagePreference.Untagged - 1;
                foreach (var o in _source.Objects(resource, NamedNode.CreateUnchecked(iri)))
                {
                    if (o is not Literal l) continue;
                    int score = LanguagePreference.Score(l.Language, _options.Language);
                    if (score > bestScore || (score == bestScore && string.CompareOrdinal(l.LexicalForm, label) < 0))
                    {
                        label = l.LexicalForm;
                        bestScore = score;
                    }
                }
                if (label is not null) break;
            }
        label ??= _names.Display(resource);
        _labels[resource] = label;
        return label;
    }

    /// <summary>Finds a resource by IRI, prefixed name (<c>ex:aws</c>) or exact label; null when none matches.</summary>
    public Term? Find(string nameOrLabel)
    {
        ArgumentNullException.ThrowIfNull(nameOrLabel);
        foreach (var v in Graph.Vertices)
            if (v is NamedNode n && (n.Value == nameOrLabel || _names.Display(n) == nameOrLabel)) return v;
        foreach (var v in Graph.Vertices)
            if (LabelOf(v) == nameOrLabel) return v;
        return null;
    }

    private void Build(CancellationToken ct)
    {
        var excluded = ExcludedClasses();
        bool IsExcluded(Term t) => excluded.Count > 0 && t is not Literal
            && _source.Objects(t, Vocab.Rdf.Type).Any(excluded.Contains);
        var vocabulary = _options.IncludeVocabularyValues ? null : ClassNamespaces();
        var vertices = new SortedSet<Term>();
        var edges = new List<PredicateEdge>();
        int n = 0;
        foreach (var t in _source)
        {
            if ((++n & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            if (IsExcluded(t.Subject)) continue;
            vertices.Add(t.Subject);
            if (t.Predicate == Vocab.Rdf.Type && !_options.IncludeTypeEdges) continue;
            if (IsExcludedPredicate(t.Predicate)) continue;
            if (t.Object is Literal && !_options.IncludeLiterals) continue;
            if (IsExcluded(t.Object)) continue;
            if (vocabulary is not null && IsVocabularyValue(t.Object, vocabulary)) continue;
            vertices.Add(t.Object);
            edges.Add(new PredicateEdge(t.Subject, t.Predicate, t.Object));
        }
        Graph.AddVertexRange(vertices);
        edges.Sort((a, b) =>
        {
            int c = a.Source.CompareTo(b.Source);
            if (c == 0) c = a.Predicate.CompareTo(b.Predicate);
            return c != 0 ? c : a.Target.CompareTo(b.Target);
        });
        Graph.AddEdgeRange(edges);
    }

    private bool IsExcludedPredicate(NamedNode predicate)
    {
        if (!_options.IncludeProvenance && predicate.Value.StartsWith(ProvNamespace, StringComparison.Ordinal)) return true;
        if (!_options.IncludeIdentityLinks && s_identityPredicates.Contains(predicate.Value)) return true;
        return _options.ExcludedPredicates.Count > 0
            && (_options.ExcludedPredicates.Contains(predicate.Value) || _options.ExcludedPredicates.Contains(_names.Display(predicate)));
    }

    /// <summary>An IRI in a class's namespace that is never a subject: a value of the vocabulary, not a resource the
    /// graph describes.</summary>
    private bool IsVocabularyValue(Term o, HashSet<string> classNamespaces)
    {
        if (o is not NamedNode iri || !classNamespaces.Contains(NamespaceOf(iri.Value))) return false;
        if (!_described.TryGetValue(iri, out bool described)) _described[iri] = described = _source.Match(iri).Any();
        return !described;
    }

    private HashSet<string> ClassNamespaces() =>
        _source.Match(null, Vocab.Rdf.Type).Select(t => t.Object).OfType<NamedNode>().Select(c => NamespaceOf(c.Value)).ToHashSet(StringComparer.Ordinal);

    private static string NamespaceOf(string iri)
    {
        int cut = iri.LastIndexOfAny(['#', '/']);
        return cut >= 0 ? iri[..(cut + 1)] : iri;
    }

    private HashSet<Term> ExcludedClasses()
    {
        var excluded = new HashSet<Term>();
        var names = new HashSet<string>(_options.ExcludedClasses, StringComparer.Ordinal);
        if (!_options.IncludeProvenance) names.UnionWith(_options.ProvenanceClasses);
        if (names.Count == 0) return excluded;
        foreach (var cls in _source.Match(null, Vocab.Rdf.Type).Select(t => t.Object).Distinct())
            if (cls is NamedNode n && (names.Contains(n.Value) || names.Contains(_names.Display(n))))
                excluded.Add(cls);
        return excluded;
    }
}
