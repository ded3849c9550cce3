namespace KnowledgeGraph.Export;

/// <summary>
/// Writes strings into XML 1.0 text and attribute values. Markup characters become entities; tab, newline and
/// carriage return in attributes become character references so attribute-value normalisation keeps them; characters
/// XML 1.0 cannot carry at all (C0 controls, U+FFFE/U+FFFF, unpaired surrogates) become U+FFFD, because a reader would
/// otherwise reject the whole file.
/// </summary>
internal static class XmlEscaping
{
    public static void WriteAttribute(TextWriter output, string value) => Write(output, value, attribute: true);

    public static void WriteText(TextWriter output, string value) => Write(output, value, attribute: false);

    private static void Write(TextWriter output, string value, bool attribute)
    {
        int clean = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            string? replacement = Replacement(c, attribute);
            if (replacement is null) continue;
            output.Write(value.AsSpan(clean, i - clean));
            output.Write(replacement);
            clean = i + 1;
        }
        output.Write(value.AsSpan(clean));
    }

    private static string? Replacement(char c, bool attribute) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => attribute ? "&quot;" : null,
        '\t' => attribute ? "&#9;" : null,
        '\n' => attribute ? "&#10;" : null,
        '\r' => "&#13;",
        < ' ' or '\uFFFE' or '\uFFFF' => "\uFFFD",
        _ when char.IsSurrogate(c) => "\uFFFD",
        _ => null,
    };
}
