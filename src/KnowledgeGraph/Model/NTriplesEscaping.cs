using System.Buffers;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>Escaping shared by the N-Triples family of writers, the Turtle writer and <see cref="Term.ToString"/>.</summary>
internal static class NTriplesEscaping
{
    /// <summary>What a quoted string cannot hold as is: C0 controls, <c>"</c>, <c>\</c> and DEL.</summary>
    public static readonly SearchValues<char> StringEscapes = SearchValues.Create(Controls() + "\"\\\u007F");

    /// <summary>What an IRIREF cannot hold as is (<see cref="IriSyntax.IsForbidden"/>): controls, space and <c>&lt;&gt;"{}|^`\</c>.</summary>
    public static readonly SearchValues<char> IriEscapes = SearchValues.Create(Controls() + " <>\"{}|^`\\");

    /// <summary>U+0000 to U+001F.</summary>
    internal static string Controls() => new(Enumerable.Range(0, 0x20).Select(c => (char)c).ToArray());

    /// <summary>Escapes a string literal's lexical form for use between double quotes.</summary>
    public static string EscapeString(string s)
    {
        int i = s.AsSpan().IndexOfAny(StringEscapes);
        if (i < 0) return s;
        var sb = new StringBuilder(s.Length + 8);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++) AppendEscaped(sb, s[i]);
        return sb.ToString();
    }

    /// <summary>Appends one character of a string literal, escaped when it must be.</summary>
    public static void AppendEscaped(StringBuilder sb, char c)
    {
        if (StringEscapes.Contains(c)) sb.Append(EscapeSequence(c));
        else sb.Append(c);
    }

    /// <summary>The escape for a character of <see cref="StringEscapes"/>: ECHAR where there is one, else UCHAR.</summary>
    public static string EscapeSequence(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        _ => Uchar(c),
    };

    /// <summary><c>\uXXXX</c> with upper-case hex.</summary>
    public static string Uchar(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Escapes characters that cannot appear literally between angle brackets.</summary>
    public static string EscapeIri(string iri)
    {
        int i = iri.AsSpan().IndexOfAny(IriEscapes);
        if (i < 0) return iri;
        var sb = new StringBuilder(iri.Length + 8);
        sb.Append(iri, 0, i);
        for (; i < iri.Length; i++)
        {
            char c = iri[i];
            if (IriSyntax.IsForbidden(c)) sb.Append(Uchar(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
