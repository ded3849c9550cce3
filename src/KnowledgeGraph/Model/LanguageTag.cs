namespace KnowledgeGraph.Model;

/// <summary>
/// BCP 47 language tags as RDF syntaxes accept them: <c>[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*</c>, at most
/// <see cref="MaxLength"/> characters (the store keeps a tag's length in one byte). Every reader applies this one rule.
/// </summary>
internal static class LanguageTag
{
    /// <summary>The longest tag accepted; BCP 47 tags in use are far shorter (RFC 5646 section 4.4.1 asks for 35).</summary>
    public const int MaxLength = 255;

    public static bool IsWellFormed(string? tag) => !string.IsNullOrEmpty(tag) && tag.Length <= MaxLength && HasTagSyntax(tag);

    /// <summary>Why <paramref name="tag"/> is refused, or null when it is well-formed.</summary>
    public static string? Problem(string tag)
    {
        if (tag.Length > MaxLength) return $"a language tag of {tag.Length} characters is longer than the {MaxLength} allowed";
        return HasTagSyntax(tag) ? null : $"'{ErrorText.Quote(tag)}' is not a well-formed language tag";
    }

    private static bool HasTagSyntax(string tag)
    {
        int i = 0;
        while (i < tag.Length && char.IsAsciiLetter(tag[i])) i++;
        if (i == 0) return false;
        while (i < tag.Length)
        {
            if (tag[i] != '-') return false;
            int start = ++i;
            while (i < tag.Length && char.IsAsciiLetterOrDigit(tag[i])) i++;
            if (i == start) return false;
        }
        return true;
    }
}
