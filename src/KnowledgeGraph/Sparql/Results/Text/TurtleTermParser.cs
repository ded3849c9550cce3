using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql.Results.Text;

/// <summary>Parses one RDF term written in Turtle syntax without prefixes (as TSV results hold them).</summary>
internal static class TurtleTermParser
{
    public static Term Parse(string text, int line, int column, string sourceName)
    {
        RdfSyntaxException Error(string message, int at = 0) => new(message, line, column + at, sourceName);
        char first = text[0];
        if (first == '<')
        {
            if (!text.EndsWith('>')) throw Error("An IRI must end with '>'.", text.Length - 1);
            return NamedNode.CreateUnchecked(Unescape(text[1..^1], line, column + 1, sourceName));
        }
        if (text.StartsWith("_:", StringComparison.Ordinal))
        {
            if (text.Length == 2) throw Error("A blank node needs a label after '_:'.");
            return BlankNode.Create(text[2..]);
        }
        if (first is '"' or '\'') return ParseLiteral(text, line, column, sourceName);
        if (text is "true" or "false") return Literal.Boolean(text == "true");
        if (XsdLexical.IsInteger(text)) return Literal.Create(text, Vocab.Xsd.Integer);
        if (XsdLexical.IsDecimal(text) && text.Contains('.')) return Literal.Create(text, Vocab.Xsd.Decimal);
        if (XsdLexical.IsDouble(text) && text.AsSpan().IndexOfAny('e', 'E') >= 0) return Literal.Create(text, Vocab.Xsd.Double);
        throw Error($"'{text}' is not an RDF term in Turtle syntax.");
    }

    private static Literal ParseLiteral(string text, int line, int column, string sourceName)
    {
        char quote = text[0];
        bool isLong = text.Length >= 6 && text[1] == quote && text[2] == quote;
        int open = isLong ? 3 : 1;
        string closing = isLong ? new string(quote, 3) : quote.ToString();
        int end = open;
        // Find the closing quote, skipping escaped characters.
        while (true)
        {
            if (end >= text.Length) throw new RdfSyntaxException("Unterminated string.", line, column + text.Length, sourceName);
            if (text[end] == '\\') { end += 2; continue; }
            if (string.CompareOrdinal(text, end, closing, 0, closing.Length) == 0) break;
            end++;
        }
        var lexical = Unescape(text[open..end], line, column + open, sourceName);
        var rest = text[(end + closing.Length)..];
        if (rest.Length == 0) return Literal.Create(lexical);
        if (rest[0] == '@')
        {
            var tag = rest[1..];
            if (LanguageTag.Problem(tag) is { } problem) throw new RdfSyntaxException(problem + ".", line, column + end + closing.Length, sourceName);
            return Literal.CreateUnchecked(lexical, Vocab.Rdf.LangString, tag);
        }
        if (rest.StartsWith("^^<", StringComparison.Ordinal) && rest.EndsWith('>'))
            return Literal.Create(lexical, NamedNode.CreateUnchecked(Unescape(rest[3..^1], line, column, sourceName)));
        throw new RdfSyntaxException($"Unexpected '{rest}' after a string.", line, column + end + closing.Length, sourceName);
    }

    /// <summary>Resolves Turtle string escapes (\t \n \r \b \f \" \' \\ \uXXXX \UXXXXXXXX).</summary>
    private static string Unescape(string s, int line, int column, string sourceName)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') { sb.Append(s[i]); continue; }
            if (++i >= s.Length) throw new RdfSyntaxException("A string ends with a lone backslash.", line, column + i, sourceName);
            switch (s[i])
            {
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case '"' or '\'' or '\\': sb.Append(s[i]); break;
                case 'u' or 'U':
                    int len = s[i] == 'u' ? 4 : 8;
                    if (s.Length - i - 1 < len
                        || !uint.TryParse(s.AsSpan(i + 1, len), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint cp)
                        || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                        throw new RdfSyntaxException("Invalid \\u escape.", line, column + i, sourceName);
                    sb.Append(char.ConvertFromUtf32((int)cp));
                    i += len;
                    break;
                default:
                    throw new RdfSyntaxException($"Unknown escape '\\{s[i]}'.", line, column + i, sourceName);
            }
        }
        return sb.ToString();
    }
}
