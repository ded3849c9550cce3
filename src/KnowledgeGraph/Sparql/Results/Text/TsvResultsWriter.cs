using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Results.Text;

/// <summary>
/// Writes SPARQL 1.1 Query Results TSV: a header of <c>?var</c> names, then one line per solution with each term in
/// Turtle syntax (integers, decimals, doubles and booleans in their short forms when the lexical form allows it).
/// Tabs and line breaks inside literals are escaped. An ASK answer is a single line, <c>true</c> or <c>false</c>.
/// </summary>
internal static class TsvResultsWriter
{
    public static void Write(TextWriter output, SparqlResult result)
    {
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.Write(result.Boolean ? "true\n" : "false\n");
            return;
        }
        var set = result.ResultSet;
        output.Write(string.Join("\t", set.Variables.Select(v => "?" + v)));
        output.Write('\n');
        var line = new StringBuilder();
        foreach (var row in set)
        {
            line.Clear();
            for (int i = 0; i < set.Variables.Count; i++)
            {
                if (i > 0) line.Append('\t');
                if (row[i] is { } term) line.Append(Format(term));
            }
            output.Write(line.ToString());
            output.Write('\n');
        }
    }

    /// <summary>A term in Turtle syntax, as TSV wants it.</summary>
    public static string Format(Term term)
    {
        if (term is Literal { Language: null } l)
        {
            var s = l.LexicalForm;
            switch (l.Datatype.Value)
            {
                case Vocab.Xsd.Namespace + "integer" when XsdLexical.IsInteger(s):
                    return s;
                case Vocab.Xsd.Namespace + "decimal" when XsdLexical.IsDecimal(s) && s.Contains('.') && !s.EndsWith('.'):
                    return s;
                case Vocab.Xsd.Namespace + "double" when XsdLexical.IsDouble(s) && s.AsSpan().IndexOfAny('e', 'E') > 0 && char.IsAsciiDigit(s[^1]) && !s.StartsWith('.') && !s.Contains(".E", StringComparison.OrdinalIgnoreCase):
                    return s;
                case Vocab.Xsd.Namespace + "boolean" when s is "true" or "false":
                    return s;
            }
        }
        return term.ToString();
    }
}
