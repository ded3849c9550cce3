using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql.Results.Text;

/// <summary>
/// Reads SPARQL 1.1 Query Results TSV: a header line of <c>?var</c> names, then tab-separated Turtle terms (an empty
/// field is unbound). A document whose only line is <c>true</c> or <c>false</c> is read as an ASK answer.
/// </summary>
internal static class TsvResultsReader
{
    public static SparqlResult Read(TextReader input, string sourceName)
    {
        var header = input.ReadLine();
        if (header is null) throw new RdfSyntaxException("The TSV results are empty: a header line is needed.", 1, 1, sourceName);
        header = header.TrimEnd('\r');
        if (header is "true" or "false" && input.Peek() < 0) return SparqlResult.FromBoolean(header == "true");
        var variables = new List<string>();
        if (header.Length > 0)
        {
            int column = 1;
            foreach (var field in header.Split('\t'))
            {
                var name = field.Trim();
                if (name.Length < 2 || name[0] is not ('?' or '$'))
                    throw new RdfSyntaxException($"A header field must be a variable like ?x, not '{field}'.", 1, column, sourceName);
                if (variables.Contains(name[1..])) throw new RdfSyntaxException($"Variable '{name}' is listed twice.", 1, column, sourceName);
                variables.Add(name[1..]);
                column += field.Length + 1;
            }
        }
        var rows = new List<SparqlRow>();
        int lineNumber = 1;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            // With zero or one variable an empty line is a row (of no values, or one unbound value).
            if (line.Length == 0 && variables.Count > 1) continue;
            if (variables.Count == 0)
            {
                if (line.Length > 0) throw new RdfSyntaxException("A result without variables has empty rows.", lineNumber, 1, sourceName);
                rows.Add(new SparqlRow(variables, []));
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != variables.Count)
                throw new RdfSyntaxException($"Expected {variables.Count} field(s), found {fields.Length}.", lineNumber, 1, sourceName);
            var values = new Term?[variables.Count];
            int column = 1;
            for (int i = 0; i < fields.Length; i++)
            {
                var text = fields[i].Trim(' ');
                if (text.Length > 0) values[i] = TurtleTermParser.Parse(text, lineNumber, column, sourceName);
                column += fields[i].Length + 1;
            }
            rows.Add(new SparqlRow(variables, values));
        }
        return SparqlResult.FromResultSet(new SparqlResultSet(variables, rows));
    }
}
