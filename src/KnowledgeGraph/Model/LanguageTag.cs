namespace KnowledgeGraph.Model;

/// <summary>BCP 47 language tags as RDF syntaxes accept them: <c>[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*</c>.</summary>
internal static class LanguageTag
{
    public static bool IsWellFormed(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return false;
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
