using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>Escaping shared by the N-Triples family of writers and <see cref="Term.ToString"/>.</summary>
internal static class NTriplesEscaping
{
    /// <summary>Escapes a string literal's lexical form for use between double quotes.</summary>
    public static string EscapeString(string s)
    {
        int i = 0;
        while (i < s.Length && !NeedsEscape(s[i])) i++;
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length + 8);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++) AppendEscaped(sb, s[i]);
        return sb.ToString();
    }

    /// <summary>Appends one character of a string literal, escaped when it must be.</summary>
    public static void AppendEscaped(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '"': sb.Append("\\\""); break;
            case '\\': sb.Append("\\\\"); break;
            case '\n': sb.Append("\\n"); break;
            case '\r': sb.Append("\\r"); break;
            case '\t': sb.Append("\\t"); break;
            case '\b': sb.Append("\\b"); break;
            case '\f': sb.Append("\\f"); break;
            default:
                if (c < 0x20 || c == 0x7F) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                else sb.Append(c);
                break;
        }
    }

    public static bool NeedsEscape(char c) => c is '"' or '\\' or '\n' or '\r' or '\t' or '\b' or '\f' || c < 0x20 || c == 0x7F;

    /// <summary>Escapes characters that cannot appear literally between angle brackets.</summary>
    public static string EscapeIri(string iri)
    {
        int i = 0;
        while (i < iri.Length && !IriSyntax.IsForbidden(iri[i])) i++;
        if (i == iri.Length) return iri;
        var sb = new StringBuilder(iri.Length + 8);
        sb.Append(iri, 0, i);
        for (; i < iri.Length; i++)
        {
            char c = iri[i];
            if (IriSyntax.IsForbidden(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
