namespace KnowledgeGraph.Analysis;

/// <summary>Which parts of an RDF graph become the vertices and edges of a <see cref="GraphProjection"/>.</summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
public sealed class ProjectionOptions
{
    /// <summary>When true, literal objects become vertices too (one per distinct literal). Default false: only IRIs
    /// and blank nodes are vertices.</summary>
    public bool IncludeLiterals { get; set; }

    /// <summary>When true, <c>rdf:type</c> triples become edges to class vertices. Default false: classes stay out,
    /// so that every instance of a popular class is not one hop from every other.</summary>
    public bool IncludeTypeEdges { get; set; }

    /// <summary>Classes whose instances are left out with their edges: full IRIs or prefixed names from the graph's
    /// prefix map (e.g. <c>dcp:Claim</c>). Empty by default.</summary>
    public ISet<string> ExcludedClasses { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Predicates whose triples are not edges: full IRIs or prefixed names (e.g. <c>schema:sameAs</c>).
    /// Empty by default.</summary>
    public ISet<string> ExcludedPredicates { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The language of the labels put in results (<c>en</c>, <c>zh-Hans</c>). Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";
}
