namespace KnowledgeGraph.Model;

/// <summary>Checks IRI strings against RFC 3987 closely enough for RDF: a scheme, then no characters IRIs forbid.</summary>
internal static class IriSyntax
{
    /// <summary>True when <paramref name="iri"/> has a scheme and contains no character that IRIs forbid.</summary>
    public static bool IsAbsoluteIri(string iri, out string? error)
    {
        error = null;
        int colon = SchemeLength(iri);
        if (colon <= 0)
        {
            error = "it has no scheme";
            return false;
        }
        int forbidden = iri.AsSpan().IndexOfAny(NTriplesEscaping.IriEscapes);
        if (forbidden >= 0)
        {
            error = $"the character U+{(int)iri[forbidden]:X4} is not allowed in an IRI";
            return false;
        }
        error = ReferenceProblem(iri);
        return error is null;
    }

    /// <summary>
    /// The rules of RFC 3987 every reader and writer applies beyond the characters a syntax's grammar excludes: a
    /// '%' starts a two-hex-digit escape, there is at most one '#' (the fragment cannot hold another), and every
    /// character is a Unicode character (no lone surrogate). Null when <paramref name="reference"/> keeps them.
    /// </summary>
    public static string? ReferenceProblem(ReadOnlySpan<char> reference)
    {
        if (UnicodeText.Problem(reference) is { } notText) return notText;
        int first = reference.IndexOfAny('%', '#');
        if (first < 0) return null;
        bool fragment = false;
        for (int i = first; i < reference.Length; i++)
        {
            char c = reference[i];
            if (c == '%' && (i + 2 >= reference.Length || !Uri.IsHexDigit(reference[i + 1]) || !Uri.IsHexDigit(reference[i + 2])))
                return "'%' is not followed by two hex digits";
            if (c == '#')
            {
                if (fragment) return "a second '#' cannot appear in the fragment";
                fragment = true;
            }
        }
        return null;
    }

    /// <summary>True when the string contains no character that IRIs forbid (relative references allowed).</summary>
    public static bool IsValidReference(string iri)
    {
        foreach (char c in iri)
            if (IsForbidden(c)) return false;
        return true;
    }

    /// <summary>Characters that may never appear in an IRI reference, even escaped forms aside.</summary>
    public static bool IsForbidden(char c) =>
        c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    /// <summary>Length of the scheme (position of the ':'), or -1 when the string does not start with a scheme.</summary>
    public static int SchemeLength(string iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter(iri[0])) return -1;
        for (int i = 1; i < iri.Length; i++)
        {
            char c = iri[i];
            if (c == ':') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return -1;
        }
        return -1;
    }
}
