namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>The active context of the JSON-LD 1.1 API (§4.1): term definitions, base IRI, vocabulary mapping, defaults.</summary>
internal sealed class ActiveContext
{
    public ActiveContext(string? baseIri, JsonLdOptions options)
    {
        BaseIri = baseIri;
        OriginalBase = baseIri;
        Options = options;
    }

    public JsonLdOptions Options { get; }

    public Dictionary<string, TermDefinition?> Terms { get; private set; } = new(StringComparer.Ordinal);

    public string? BaseIri { get; set; }

    public string? OriginalBase { get; set; }

    public string? Vocab { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultDirection { get; set; }

    public ActiveContext? PreviousContext { get; set; }

    /// <summary>Lazily built lookup for compaction; reset whenever a copy is made.</summary>
    internal object? InverseCache { get; set; }

    public bool IsJsonLd10 => Options.IsJsonLd10;

    public TermDefinition? Term(string? term) =>
        term is not null && Terms.TryGetValue(term, out var def) ? def : null;

    public bool HasProtectedTerms => Terms.Values.Any(t => t is { Protected: true });

    public ActiveContext Clone() => new(BaseIri, Options)
    {
        Terms = new Dictionary<string, TermDefinition?>(Terms, StringComparer.Ordinal),
        OriginalBase = OriginalBase,
        Vocab = Vocab,
        DefaultLanguage = DefaultLanguage,
        DefaultDirection = DefaultDirection,
        PreviousContext = PreviousContext,
    };
}
