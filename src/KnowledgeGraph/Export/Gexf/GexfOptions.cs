namespace KnowledgeGraph.Export;

/// <summary>The GEXF schema version a <see cref="GexfWriter"/> writes.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3 (<c>http://gexf.net/1.3</c>), what Gephi 0.9+ writes; edges carry a <c>kind</c>.</summary>
    V1_3 = 0,

    /// <summary>GEXF 1.2draft (<c>http://www.gexf.net/1.2draft</c>) for older readers (networkx 2.x); no edge <c>kind</c>.</summary>
    V1_2Draft = 1,
}

/// <summary>Options of <see cref="GexfWriter"/>: the schema version, the timeline, and the shared export choices.</summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
public sealed class GexfOptions
{
    /// <summary>The GEXF version to write; default <see cref="GexfVersion.V1_3"/>.</summary>
    public GexfVersion Version { get; set; } = GexfVersion.V1_3;

    /// <summary>
    /// When true the graph is written in dynamic mode (<c>timeformat="date"</c>): every node with a time gets
    /// <c>start</c> (and <c>end</c> when known), so Gephi's timeline plays the graph. A node's time comes from
    /// <c>xsd:date</c>, <c>xsd:dateTime</c>, <c>xsd:gYear</c> or <c>xsd:gYearMonth</c> literals on the node or on a
    /// time node it links to with a <c>hasTime</c> property (and that node's <c>hasBeginning</c>/<c>hasEnd</c>).
    /// Default false.
    /// </summary>
    public bool Dynamic { get; set; }

    /// <summary>The label language, as in <see cref="GraphExportOptions.Language"/>. Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Whether literal-valued properties become node attributes. Default true.</summary>
    public bool IncludeLiterals { get; set; } = true;

    /// <summary>Classes whose instances are left out (full IRIs or prefixed names). Empty by default.</summary>
    public ISet<string> ExcludedClasses { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Predicates left out entirely (full IRIs or prefixed names). Empty by default.</summary>
    public ISet<string> ExcludedPredicates { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    internal ExportSettings ToSettings() => new(Language, IncludeLiterals, ExcludedClasses, ExcludedPredicates);
}
