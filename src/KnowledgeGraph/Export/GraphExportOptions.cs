namespace KnowledgeGraph.Export;

/// <summary>
/// What an export of an RDF graph to a property-graph format (GraphML, DOT) shows: the label language, whether
/// literal-valued properties become node attributes, and which classes of resources are left out.
/// </summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
public sealed class GraphExportOptions
{
    /// <summary>
    /// The language of node labels and of language-tagged attribute values, as a BCP 47 tag (<c>en</c>,
    /// <c>zh-Hans</c>). A label in that language (or a more or less specific form of it) wins over an untagged
    /// one; without either the node is labelled with its prefixed name. Default <c>en</c>.
    /// </summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// When true (the default), literal-valued properties become typed node attributes (GraphML keys, DOT label
    /// lines). When false only the labels (the chosen language's, and in GraphML and GEXF one per language), class,
    /// colour and IRI are written.
    /// </summary>
    public bool IncludeLiterals { get; set; } = true;

    /// <summary>
    /// Classes whose instances are left out, with every edge touching them: full IRIs or prefixed names from the
    /// graph's prefix map (e.g. <c>dcp:Claim</c>). Empty by default.
    /// </summary>
    public ISet<string> ExcludedClasses { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Predicates left out entirely, neither edges nor attributes: full IRIs or prefixed names (e.g.
    /// <c>schema:sameAs</c>). Empty by default.
    /// </summary>
    public ISet<string> ExcludedPredicates { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    internal ExportSettings ToSettings() => new(Language, IncludeLiterals, ExcludedClasses, ExcludedPredicates);
}

/// <summary>The options every writer shares, whatever public options type it was given.</summary>
internal sealed record ExportSettings(string Language, bool IncludeLiterals, ISet<string> ExcludedClasses, ISet<string> ExcludedPredicates)
{
    public static ExportSettings Default { get; } = new("en", true, new HashSet<string>(), new HashSet<string>());
}
