namespace KnowledgeGraph.Building;

/// <summary>
/// A claim about several nodes at once, made by <see cref="KnowledgeGraphBuilder.Claim"/>; for a claim about one
/// node, use that node's <c>Claim(...)</c> method instead.
/// </summary>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
public sealed class ClaimBuilder
{
    private readonly ClaimSpec _spec;

    internal ClaimBuilder(ClaimSpec spec) => _spec = spec;

    /// <summary>Adds nodes the claim is about (<c>dcp:about</c>).</summary>
    public ClaimBuilder About(params INodeReference[] nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        _spec.Owner.EnsureMutable();
        foreach (var n in nodes) _spec.AddAbout(n);
        return this;
    }
}

/// <summary>One claim as the builder holds it until <see cref="KnowledgeGraphBuilder.Build"/>.</summary>
internal sealed class ClaimSpec
{
    private readonly List<IBuiltNode> _about = [];

    public ClaimSpec(KnowledgeGraphBuilder owner, IEnumerable<INodeReference> about, IArticleReference? article, string originalText, Hedge hedging, IAgentReference? attributedTo, string? summary)
    {
        Owner = owner;
        if (article is null)
            throw new GraphBuildException($"A claim (\"{Shorten(originalText)}\") has no source: give the article it is stated in.");
        if (string.IsNullOrWhiteSpace(originalText))
            throw new GraphBuildException("A claim needs the article's original text.");
        if (!Enum.IsDefined(hedging)) throw new GraphBuildException($"{hedging} is not a hedging level.");
        Article = (ArticleBuilder)owner.Resolve(article, "a claim");
        AttributedTo = attributedTo is null ? null : owner.Resolve(attributedTo, "a claim");
        OriginalText = originalText;
        Hedging = hedging;
        Summary = summary;
        foreach (var n in about) AddAbout(n);
    }

    public KnowledgeGraphBuilder Owner { get; }

    public IReadOnlyList<IBuiltNode> About => _about;

    public ArticleBuilder Article { get; }

    public IBuiltNode? AttributedTo { get; }

    public string OriginalText { get; }

    public Hedge Hedging { get; }

    public string? Summary { get; }

    public void AddAbout(INodeReference node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var built = Owner.Resolve(node, "a claim");
        if (_about.Contains(built)) return;
        _about.Add(built);
        built.ClaimCount++;
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
