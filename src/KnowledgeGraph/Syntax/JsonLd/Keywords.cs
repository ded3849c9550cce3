namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>JSON-LD keywords and the small syntactic tests the algorithms share.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> s_all = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    };

    public static bool IsKeyword(string? s) => s is not null && s_all.Contains(s);

    /// <summary>The form <c>@</c> followed by one or more ASCII letters, which the spec reserves for future keywords.</summary>
    public static bool LooksLikeKeyword(string s)
    {
        if (s.Length < 2 || s[0] != '@') return false;
        for (int i = 1; i < s.Length; i++)
            if (!char.IsAsciiLetter(s[i])) return false;
        return true;
    }

    public static bool IsBlankNodeId(string? s) => s is not null && s.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>True for an absolute IRI: a scheme (letter, then letters, digits, <c>+ - .</c>) and a colon, with no spaces.</summary>
    public static bool IsAbsoluteIri(string? s)
    {
        if (string.IsNullOrEmpty(s) || !char.IsAsciiLetter(s[0])) return false;
        int i = 1;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '+' or '-' or '.')) i++;
        if (i >= s.Length || s[i] != ':') return false;
        foreach (var c in s)
            if (c is ' ' or '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`' || c <= 0x1F) return false;
        return true;
    }

    /// <summary>True when the IRI ends with a character of RFC 3986's gen-delims, which makes a simple term a prefix.</summary>
    public static bool EndsWithGenDelim(string iri) =>
        iri.Length > 0 && iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@';
}
