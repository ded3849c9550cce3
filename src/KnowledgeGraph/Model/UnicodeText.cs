namespace KnowledgeGraph.Model;

/// <summary>
/// Whether a .NET string is Unicode text: RDF strings and IRIs are sequences of Unicode characters, and a lone
/// surrogate (half of a UTF-16 pair) is none. UTF-8 input can never hold one, but a string handed to a reader or to
/// the model can; every reader refuses it and every writer too, since no encoding could carry it.
/// </summary>
internal static class UnicodeText
{
    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    public static int LoneSurrogate(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return -1;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return i;
        }
        return -1;
    }

    /// <summary>Why <paramref name="text"/> is not Unicode text, or null when it is.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        int i = LoneSurrogate(text);
        return i < 0 ? null : $"U+{(int)text[i]:X4} is a lone surrogate, not a Unicode character";
    }
}
