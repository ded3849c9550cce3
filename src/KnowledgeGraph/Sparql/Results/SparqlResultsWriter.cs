using KnowledgeGraph.Sparql.Results.Json;
using KnowledgeGraph.Sparql.Results.Text;
using KnowledgeGraph.Sparql.Results.Xml;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SELECT solutions and ASK answers in the standard result formats. Output is deterministic: variables in
/// projection order, rows in result order, fixed key order and indentation.
/// </summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class SparqlResultsWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/> in <paramref name="format"/> (source, destination, options: the order of every writer).</summary>
    /// <exception cref="ArgumentException">The result is a graph (CONSTRUCT/DESCRIBE): write it with an RDF syntax instead.</exception>
    /// <exception cref="Syntax.RdfWriteException">The format cannot carry a term (XML: a character XML 1.0 forbids,
    /// such as U+0000); nothing has been written.</exception>
    public static void Write(SparqlResult result, TextWriter output, SparqlResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Kind == SparqlResultKind.Graph)
            throw new ArgumentException("A graph result (CONSTRUCT/DESCRIBE) is written with an RDF syntax, not a results format.", nameof(result));
        switch (format)
        {
            case SparqlResultsFormat.Json: JsonResultsWriter.Write(output, result); break;
            case SparqlResultsFormat.Xml: XmlResultsWriter.Write(output, result); break;
            case SparqlResultsFormat.Csv: CsvResultsWriter.Write(output, result); break;
            case SparqlResultsFormat.Tsv: TsvResultsWriter.Write(output, result); break;
            default: throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>The result as text in <paramref name="format"/>.</summary>
    public static string ToString(SparqlResult result, SparqlResultsFormat format)
    {
        var sw = new StringWriter { NewLine = "\n" };
        Write(result, sw, format);
        return sw.ToString();
    }
}
