using System.Net;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Interactive;

/// <summary>
/// Renders results and graphs as plain HTML tables (no scripts), readable in any notebook front end. Cells show what
/// a reader wants: a label's text (its language only in a column that mixes languages), a number as a number
/// (right-aligned), an IRI as a short link; a datatype is shown only when it is not an XSD one.
/// </summary>
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
        foreach (var v in results.Variables) sb.Append("<th>").Append(Encode(v)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        var shown = results.Take(maxRows).ToList();
        var mixed = Enumerable.Range(0, results.Variables.Count).Select(i => MixesLanguages(shown.Select(r => r[i]))).ToArray();
        foreach (var row in shown)
        {
            sb.Append("<tr>");
            for (int i = 0; i < results.Variables.Count; i++) Cell(sb, row[i], null, mixed[i]);
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
        {
            sb.Append("<tr><th>").Append(Encode(row.Variables[i])).Append("</th>");
            Cell(sb, row[i], null, showLanguage: false);
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    public static string Graph(Graph graph, int maxRows)
    {
        var sb = new StringBuilder("<table class=\"kg-graph\"><thead><tr><th>subject</th><th>predicate</th><th>object</th></tr></thead><tbody>");
        var shown = graph.Take(maxRows).ToList();
        bool mixed = MixesLanguages(shown.Select(t => t.Object));
        foreach (var t in shown)
        {
            sb.Append("<tr>");
            Cell(sb, t.Subject, graph.Prefixes, false);
            Cell(sb, t.Predicate, graph.Prefixes, false);
            Cell(sb, t.Object, graph.Prefixes, mixed);
            sb.Append("</tr>");
        }
        sb.Append("</tbody>");
        Caption(sb, graph.Count, maxRows, "triple");
        return sb.Append("</table>").ToString();
    }

    /// <summary>An IRI as a link showing its prefixed name (or its last segment), a literal as its text (with its
    /// language in small type, and its datatype when not an XSD one), a blank node as <c>_:label</c>, unbound as
    /// empty.</summary>
    public static string Term(Term? term) => Term(term, null, showLanguage: true);

    private static string Term(Term? term, PrefixMap? prefixes, bool showLanguage) => term switch
    {
        null => "",
        NamedNode n => $"<a href=\"{Encode(n.Value)}\" title=\"{Encode(n.Value)}\">{Encode(ShortName(n.Value, prefixes))}</a>",
        Literal { Language: { } language } l => $"<span lang=\"{Encode(language)}\">{Encode(l.LexicalForm)}</span>"
            + (showLanguage ? $" <small>@{Encode(language)}</small>" : ""),
        Literal l when l.Datatype.Value.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal) => Encode(l.LexicalForm),
        Literal l => $"{Encode(l.LexicalForm)} <small>^^{Encode(ShortName(l.Datatype.Value, prefixes))}</small>",
        _ => Encode(term.ToString()),
    };

    private static void Cell(StringBuilder sb, Term? term, PrefixMap? prefixes, bool showLanguage)
    {
        sb.Append(term is Literal l && IsNumber(l) ? "<td style=\"text-align:right\">" : "<td>");
        sb.Append(Term(term, prefixes, showLanguage)).Append("</td>");
    }

    /// <summary>True when the literals among the terms carry more than one language (untagged counts as one), so a
    /// reader needs the tags to tell them apart.</summary>
    private static bool MixesLanguages(IEnumerable<Term?> terms) =>
        terms.OfType<Literal>().Where(l => l.Language is not null).Select(l => l.Language!.ToLowerInvariant()).Distinct().Skip(1).Any();

    private static bool IsNumber(Literal l) => l.Language is null && l.TryGetValue(out double _);

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
