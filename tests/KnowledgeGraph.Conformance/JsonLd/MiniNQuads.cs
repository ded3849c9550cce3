using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Conformance.JsonLd;

/// <summary>
/// A minimal N-Quads reader for the JSON-LD suites' expected results, used until the library's own N-Quads reader
/// lands on main. It accepts the well-formed subset the suites use and throws on anything else.
/// </summary>
internal static class MiniNQuads
{
    public static List<Quad> Parse(string text)
    {
        var quads = new List<Quad>();
        var blanks = new Dictionary<string, BlankNode>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int i = 0;
            var terms = new List<Term>();
            while (i < line.Length && line[i] != '.')
            {
                if (line[i] == ' ' || line[i] == '\t') { i++; continue; }
                terms.Add(ReadTerm(line, ref i, blanks));
            }
            var graph = terms.Count == 4 ? terms[3] : null;
            quads.Add(new Quad(terms[0], (NamedNode)terms[1], terms[2], graph));
        }
        return quads;
    }

    private static Term ReadTerm(string line, ref int i, Dictionary<string, BlankNode> blanks)
    {
        if (line[i] == '<')
        {
            int end = line.IndexOf('>', i);
            var iri = Unescape(line[(i + 1)..end]);
            i = end + 1;
            return NamedNode.CreateUnchecked(iri);
        }
        if (line[i] == '_')
        {
            int start = i + 2;
            i = start;
            while (i < line.Length && line[i] != ' ' && line[i] != '\t') i++;
            var label = line[start..i];
            if (!blanks.TryGetValue(label, out var b)) blanks[label] = b = BlankNode.Create(label);
            return b;
        }
        if (line[i] == '"')
        {
            var sb = new StringBuilder();
            i++;
            while (line[i] != '"')
            {
                if (line[i] == '\\')
                {
                    int len = line[i + 1] == 'u' ? 6 : line[i + 1] == 'U' ? 10 : 2;
                    sb.Append(Unescape(line.Substring(i, len)));
                    i += len;
                }
                else sb.Append(line[i++]);
            }
            i++;
            if (i < line.Length && line[i] == '@')
            {
                int start = ++i;
                while (i < line.Length && line[i] != ' ' && line[i] != '\t') i++;
                return Literal.CreateUnchecked(sb.ToString(), Vocab.Rdf.LangString, line[start..i]);
            }
            if (i + 1 < line.Length && line[i] == '^' && line[i + 1] == '^')
            {
                i += 2;
                var dt = (NamedNode)ReadTerm(line, ref i, blanks);
                return Literal.CreateUnchecked(sb.ToString(), dt, null);
            }
            return Literal.Create(sb.ToString());
        }
        throw new FormatException($"unexpected N-Quads text at {i}: {line}");
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') { sb.Append(s[i]); continue; }
            char c = s[++i];
            switch (c)
            {
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'f': sb.Append('\f'); break;
                case 'u': sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 8; break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
