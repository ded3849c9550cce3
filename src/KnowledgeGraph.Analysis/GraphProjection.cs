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

    private readonly Graph _source;
    private readonly ProjectionOptions _options;
    private readonly ShortNames _names;
    private readonly Dictionary<Term, string> _labels = new();

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
        var vertices = new SortedSet<Term>();
        var edges = new List<PredicateEdge>();
        int n = 0;
        foreach (var t in _source)
        {
            if ((++n & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            if (IsExcluded(t.Subject)) continue;
            vertices.Add(t.Subject);
            if (t.Predicate == Vocab.Rdf.Type && !_options.IncludeTypeEdges) continue;
            if (_options.ExcludedPredicates.Count > 0
                && (_options.ExcludedPredicates.Contains(t.Predicate.Value) || _options.ExcludedPredicates.Contains(_names.Display(t.Predicate)))) continue;
            if (t.Object is Literal && !_options.IncludeLiterals) continue;
            if (IsExcluded(t.Object)) continue;
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

    private HashSet<Term> ExcludedClasses()
    {
        var excluded = new HashSet<Term>();
        if (_options.ExcludedClasses.Count == 0) return excluded;
        foreach (var cls in _source.Match(null, Vocab.Rdf.Type).Select(t => t.Object).Distinct())
            if (cls is NamedNode n && (_options.ExcludedClasses.Contains(n.Value) || _options.ExcludedClasses.Contains(_names.Display(n))))
                excluded.Add(cls);
        return excluded;
    }
}
