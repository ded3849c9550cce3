namespace KnowledgeGraph.Export;

/// <summary>
/// Options of <see cref="SvgWriter"/>: the label language, what is left out, and the layout's seed and effort.
/// Not thread-safe to mutate while a writer uses it; a writer copies what it needs when it is created.
/// </summary>
public sealed class SvgOptions
{
    /// <summary>The label language, as in <see cref="GraphExportOptions.Language"/> (<c>en</c>, <c>zh-Hans</c>).
    /// Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Classes whose instances are left out with their edges (full IRIs or prefixed names). Empty by default.</summary>
    public ISet<string> ExcludedClasses { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Predicates that are not drawn (full IRIs or prefixed names). Empty by default.</summary>
    public ISet<string> ExcludedPredicates { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Seed of the layout's starting positions: the same graph and seed always give the same picture.
    /// Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Rounds of the force-directed layout. Default 300.</summary>
    public int Iterations { get; set; } = 300;

    /// <summary>
    /// Whether edges carry their predicate's prefixed name (where it fits: never over a node, its label or another
    /// edge's label; the edge's tooltip always has it). Null (the default) shows them when the picture has at most 60
    /// edges.
    /// </summary>
    public bool? EdgeLabels { get; set; }

    /// <summary>Longest label drawn, in characters; longer ones are cut with an ellipsis (the full label is the
    /// node's tooltip). Default 32.</summary>
    public int MaxLabelLength { get; set; } = 32;

    /// <summary>
    /// Most nodes drawn. The layout costs time quadratic in the nodes, and a picture of thousands of nodes is not
    /// readable anyway: above this the writer throws and asks for a subgraph. Default 1,000.
    /// </summary>
    public int MaxNodes { get; set; } = 1000;

    internal ExportSettings ToSettings() => new(Language, IncludeLiterals: false, ExcludedClasses, ExcludedPredicates);
}
