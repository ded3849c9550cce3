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
        for (int i = 0; i < iri.Length; i++)
        {
            char c = iri[i];
            if (IsForbidden(c))
            {
                error = $"the character U+{(int)c:X4} is not allowed in an IRI";
                return false;
            }
            if (c == '%' && (i + 2 >= iri.Length || !Uri.IsHexDigit(iri[i + 1]) || !Uri.IsHexDigit(iri[i + 2])))
            {
                error = "'%' is not followed by two hex digits";
                return false;
            }
        }
        return true;
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
