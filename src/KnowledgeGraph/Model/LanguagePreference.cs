namespace KnowledgeGraph.Model;

/// <summary>
/// Ranks literals by how well their language tag fits the wanted language: the exact tag, then a more or less
/// specific form of it (<c>zh</c> for <c>zh-Hans</c>, <c>en-GB</c> for <c>en</c>), then no tag, then any other.
/// Used to pick the one label to show for a resource (the exports and the analysis projection pick labels this way).
/// Stateless and thread-safe.
/// </summary>
/// <example>
/// <code>
/// int score = LanguagePreference.Score(label.Language, "en");   // Exact, Related, Untagged or Other
/// </code>
/// </example>
public static class LanguagePreference
{
    /// <summary>The tag is the wanted language (case-insensitive).</summary>
    public const int Exact = 3;

    /// <summary>One tag is a prefix subtag of the other (<c>zh</c> and <c>zh-Hans</c>).</summary>
    public const int Related = 2;

    /// <summary>The literal has no language tag.</summary>
    public const int Untagged = 1;

    /// <summary>Any other language.</summary>
    public const int Other = 0;

    /// <summary>How well <paramref name="tag"/> (null for an untagged literal) fits <paramref name="wanted"/>: one of
    /// <see cref="Exact"/>, <see cref="Related"/>, <see cref="Untagged"/>, <see cref="Other"/>; higher is better.</summary>
    public static int Score(string? tag, string wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        if (tag is null) return Untagged;
        if (string.Equals(tag, wanted, StringComparison.OrdinalIgnoreCase)) return Exact;
        return IsPrefixTag(tag, wanted) || IsPrefixTag(wanted, tag) ? Related : Other;
    }

    private static bool IsPrefixTag(string shorter, string longer) =>
        longer.Length > shorter.Length && longer[shorter.Length] == '-'
        && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase);
}
