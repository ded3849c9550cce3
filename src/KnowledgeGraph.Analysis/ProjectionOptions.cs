namespace KnowledgeGraph.Analysis;

/// <summary>
/// Which parts of an RDF graph become the vertices and edges of a <see cref="GraphProjection"/>. The defaults keep
/// what a story is about (actors, events, places and the links between them) and leave out what would otherwise
/// dominate a centrality ranking: literals, provenance records (claims and the articles they are stated in), the
/// vocabulary's values (statuses, hedging levels, event types) and links to external identifiers.
/// </summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
public sealed class ProjectionOptions
{
    /// <summary>When true, literal objects become vertices too (one per distinct literal). Default false: only IRIs
    /// and blank nodes are vertices.</summary>
    public bool IncludeLiterals { get; set; }

    /// <summary>When true, <c>rdf:type</c> triples become edges to class vertices. Default false: classes stay out,
    /// so that every instance of a popular class is not one hop from every other.</summary>
    public bool IncludeTypeEdges { get; set; }

    /// <summary>
    /// When true, provenance stays in: instances of <see cref="ProvenanceClasses"/> and triples whose predicate is in
    /// the PROV-O namespace. Default false: every quote of a source is a claim pointing at it and at the article, so
    /// with claims in the graph the article and a much-quoted anonymous source collect links like the main actors.
    /// </summary>
    public bool IncludeProvenance { get; set; }

    /// <summary>The classes whose instances are provenance records (full IRIs or prefixed names): by default
    /// <c>schema:Claim</c> and <c>schema:NewsArticle</c> (both schema.org schemes) and the decoupling ontology's
    /// <c>dcp:Claim</c> and <c>dcp:NewsArticle</c>, which story graphs use without carrying the ontology.</summary>
    public ISet<string> ProvenanceClasses { get; set; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "http://schema.org/Claim", "https://schema.org/Claim", "http://schema.org/NewsArticle", "https://schema.org/NewsArticle",
        "https://w3id.org/decoupling/ontology#Claim", "https://w3id.org/decoupling/ontology#NewsArticle",
    };

    /// <summary>
    /// When true, values of the graph's vocabulary become vertices: IRIs in the namespace of one of the graph's classes
    /// that the graph says nothing about (an ontology's named individuals such as <c>dcp:Ongoing</c> or
    /// <c>dcp:Asserted</c>). Default false: a status shared by half the events is not a central actor.
    /// </summary>
    public bool IncludeVocabularyValues { get; set; }

    /// <summary>
    /// When true, identity links to external identifiers are edges: <c>owl:sameAs</c>, <c>schema:sameAs</c>,
    /// <c>skos:exactMatch</c> and <c>skos:closeMatch</c>. Default false: a Wikidata IRI is the same thing under another
    /// name, not a neighbour.
    /// </summary>
    public bool IncludeIdentityLinks { get; set; }

    /// <summary>Classes whose instances are left out with their edges: full IRIs or prefixed names from the graph's
    /// prefix map (e.g. <c>dcp:Claim</c>). Empty by default.</summary>
    public ISet<string> ExcludedClasses { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Predicates whose triples are not edges: full IRIs or prefixed names (e.g. <c>schema:sameAs</c>).
    /// Empty by default.</summary>
    public ISet<string> ExcludedPredicates { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The language of the labels put in results (<c>en</c>, <c>zh-Hans</c>). Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";
}
