using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>
/// Input quoted in an error message, made safe to print: control characters (C0, DEL, C1), line and paragraph
/// separators, bidirectional overrides and lone surrogates become <c>\uXXXX</c>, so a crafted term can neither
/// drive a terminal (clear it, ring the bell, reorder text) nor split a one-line message; long text is cut.
/// Every error message of the library quotes input through it; <c>kg</c> prints its messages through it too.
/// Thread-safe (stateless).
/// </summary>
public static class ErrorText
{
    /// <summary>The longest quotation kept in a message.</summary>
    public const int MaxQuoted = 100;

    /// <summary><paramref name="text"/> escaped and cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Quote(string text, int max = MaxQuoted)
    {
        var cut = text.Length > max ? text[..max] : text;
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        var escaped = Escape(cut);
        return text.Length > max ? escaped + "…" : escaped;
    }

    /// <summary><paramref name="text"/> with every character unsafe for a terminal escaped (nothing cut).</summary>
    public static string Escape(string text)
    {
        int first = FirstUnsafe(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (IsUnsafe(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsUnsafe(c)) return i;
        }
        return -1;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
