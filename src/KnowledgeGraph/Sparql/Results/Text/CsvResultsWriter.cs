using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Results.Text;

/// <summary>
/// Writes SPARQL 1.1 Query Results CSV: a header of variable names, then one line per solution with IRIs, lexical
/// forms and <c>_:label</c> blank nodes; fields holding a quote, comma or line break are quoted. Lines end in CRLF
/// (RFC 4180). An ASK answer is written as a single line, <c>true</c> or <c>false</c>.
/// </summary>
internal static class CsvResultsWriter
{
    private const string LineEnd = "\r\n";

    public static void Write(TextWriter output, SparqlResult result)
    {
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.Write(result.Boolean ? "true" : "false");
            output.Write(LineEnd);
            return;
        }
        var set = result.ResultSet;
        output.Write(string.Join(",", set.Variables.Select(Escape)));
        output.Write(LineEnd);
        var line = new StringBuilder();
        foreach (var row in set)
        {
            line.Clear();
            for (int i = 0; i < set.Variables.Count; i++)
            {
                if (i > 0) line.Append(',');
                if (row[i] is { } term) line.Append(Escape(Text(term)));
            }
            output.Write(line.ToString());
            output.Write(LineEnd);
        }
    }

    private static string Text(Term term) => term switch
    {
        NamedNode n => n.Value,
        BlankNode b => "_:" + b.Label,
        Literal l => l.LexicalForm,
        _ => "",
    };

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny("\",\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
