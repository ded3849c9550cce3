namespace KnowledgeGraph.Export;

/// <summary>
/// Ranks literals by how well their language tag fits the wanted language: the exact tag, then a more or less
/// specific form of it (<c>zh</c> for <c>zh-Hans</c>, <c>en-GB</c> for <c>en</c>), then no tag, then any other.
/// </summary>
internal static class LanguagePreference
{
    public const int Exact = 3;
    public const int Related = 2;
    public const int Untagged = 1;
    public const int Other = 0;

    public static int Score(string? tag, string wanted)
    {
        if (tag is null) return Untagged;
        if (string.Equals(tag, wanted, StringComparison.OrdinalIgnoreCase)) return Exact;
        return IsPrefixTag(tag, wanted) || IsPrefixTag(wanted, tag) ? Related : Other;
    }

    private static bool IsPrefixTag(string shorter, string longer) =>
        longer.Length > shorter.Length && longer[shorter.Length] == '-'
        && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase);
}
