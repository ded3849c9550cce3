using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>
/// Replaces <c>\uXXXX</c> and <c>\UXXXXXXXX</c> escapes before tokenising (SPARQL 1.1 §19.2). Each escape is
/// expanded exactly once: the output is never rescanned, so <c>\u005cU00000031</c> yields the text <c>\U00000031</c>.
/// Keeps a map back to original offsets so errors point at what the user wrote.
/// </summary>
internal static class CodepointUnescaper
{
    public static string Unescape(string text, out int[]? originalOffsets)
    {
        originalOffsets = null;
        if (!HasCodepointEscape(text)) return text;
        var sb = new StringBuilder(text.Length);
        List<int>? map = null;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && (text[i + 1] == 'u' || text[i + 1] == 'U'))
            {
                int digits = text[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + digits <= text.Length && IsHex(text.AsSpan(i + 2, digits)))
                {
                    map ??= BuildIdentity(sb.Length);
                    // Unsigned: eight hex digits such as EE41E444 would wrap a signed int below zero.
                    uint cp = uint.Parse(text.AsSpan(i + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    if (cp is >= 0xD800 and <= 0xDFFF || cp > 0x10FFFF)
                        throw Error(text, i, $"\\{text[i + 1]}{text.Substring(i + 2, digits)} is not a valid code point");
                    var s = char.ConvertFromUtf32((int)cp);
                    foreach (var ch in s) { sb.Append(ch); map.Add(i); }
                    i += 2 + digits;
                    continue;
                }
            }
            sb.Append(c);
            map?.Add(i);
            i++;
        }
        if (map is null) return text;
        map.Add(text.Length);
        originalOffsets = map.ToArray();
        return sb.ToString();
    }

    /// <summary>True when the text holds a <c>\u</c> or <c>\U</c> escape to expand; most text (a large INSERT DATA with
    /// string escapes such as <c>\"</c>, say) holds none and is used as it is, without a copy.</summary>
    private static bool HasCodepointEscape(string text)
    {
        for (int i = text.IndexOf('\\'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\\', i + 1))
        {
            char kind = text[i + 1];
            int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            if (digits > 0 && i + 2 + digits <= text.Length && IsHex(text.AsSpan(i + 2, digits))) return true;
        }
        return false;
    }

    private static List<int> BuildIdentity(int count)
    {
        var l = new List<int>(count + 16);
        for (int k = 0; k < count; k++) l.Add(k);
        return l;
    }

    private static bool IsHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }

    private static SparqlSyntaxException Error(string text, int offset, string message)
    {
        var (line, col) = TextPositions.LineColumn(text, offset);
        return new SparqlSyntaxException(message, line, col);
    }
}

/// <summary>Turns offsets into 1-based line and column numbers.</summary>
internal static class TextPositions
{
    public static (int Line, int Column) LineColumn(string text, int offset)
    {
        int line = 1, col = 1;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; col = 1; }
            else col++;
        }
        return (line, col);
    }
}
