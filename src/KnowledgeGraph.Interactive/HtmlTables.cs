using System.Net;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Interactive;

/// <summary>Renders results and graphs as plain HTML tables (no scripts), readable in any notebook front end.</summary>
internal static class HtmlTables
{
    public static string Result(SparqlResult result, int maxRows) => result.Kind switch
    {
        SparqlResultKind.Bindings => ResultSet(result.ResultSet, maxRows),
        SparqlResultKind.Boolean => $"<div class=\"kg-ask\"><b>{(result.Boolean ? "true" : "false")}</b></div>",
        _ => Graph(result.Graph, maxRows),
    };

    public static string ResultSet(SparqlResultSet results, int maxRows)
    {
        var sb = new StringBuilder("<table class=\"kg-results\"><thead><tr>");
        foreach (var v in results.Variables) sb.Append("<th>?").Append(Encode(v)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in results.Take(maxRows))
        {
            sb.Append("<tr>");
            for (int i = 0; i < results.Variables.Count; i++) sb.Append("<td>").Append(Term(row[i])).Append("</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody>");
        Caption(sb, results.Count, maxRows);
        return sb.Append("</table>").ToString();
    }

    public static string Row(SparqlRow row)
    {
        var sb = new StringBuilder("<table class=\"kg-row\"><tbody>");
        for (int i = 0; i < row.Variables.Count; i++)
            sb.Append("<tr><th>?").Append(Encode(row.Variables[i])).Append("</th><td>").Append(Term(row[i])).Append("</td></tr>");
        return sb.Append("</tbody></table>").ToString();
    }

    public static string Graph(Graph graph, int maxRows)
    {
        var sb = new StringBuilder("<table class=\"kg-graph\"><thead><tr><th>subject</th><th>predicate</th><th>object</th></tr></thead><tbody>");
        foreach (var t in graph.Take(maxRows))
            sb.Append("<tr><td>").Append(Term(t.Subject, graph.Prefixes)).Append("</td><td>").Append(Term(t.Predicate, graph.Prefixes))
              .Append("</td><td>").Append(Term(t.Object, graph.Prefixes)).Append("</td></tr>");
        sb.Append("</tbody>");
        Caption(sb, graph.Count, maxRows, "triple");
        return sb.Append("</table>").ToString();
    }

    /// <summary>An IRI as a link showing its prefixed name (or its last segment), a literal as its text with its
    /// language or datatype in small type, a blank node as <c>_:label</c>, unbound as empty.</summary>
    public static string Term(Term? term) => Term(term, null);

    private static string Term(Term? term, PrefixMap? prefixes) => term switch
    {
        null => "",
        NamedNode n => $"<a href=\"{Encode(n.Value)}\" title=\"{Encode(n.Value)}\">{Encode(ShortName(n.Value, prefixes))}</a>",
        Literal l when l.Language is not null => $"{Encode(l.LexicalForm)} <small>@{Encode(l.Language)}</small>",
        Literal l when l.IsSimple => Encode(l.LexicalForm),
        Literal l => $"{Encode(l.LexicalForm)} <small>^^{Encode(ShortName(l.Datatype.Value, prefixes))}</small>",
        _ => Encode(term.ToString()),
    };

    private static string ShortName(string iri, PrefixMap? prefixes)
    {
        if (prefixes is not null && prefixes.TryCompact(iri, out var prefix, out var local)) return prefix + ":" + local;
        if (iri.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal)) return "xsd:" + iri[Vocab.Xsd.Namespace.Length..];
        if (iri.StartsWith(Vocab.Rdf.Namespace, StringComparison.Ordinal)) return "rdf:" + iri[Vocab.Rdf.Namespace.Length..];
        int cut = iri.LastIndexOfAny(['#', '/']);
        return cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..] : iri;
    }

    private static void Caption(StringBuilder sb, int count, int maxRows, string noun = "row")
    {
        var shown = count > maxRows ? $", the first {maxRows} shown" : "";
        sb.Append("<caption style=\"caption-side:bottom\">").Append(count).Append(' ').Append(noun).Append(count == 1 ? "" : "s").Append(shown).Append("</caption>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
