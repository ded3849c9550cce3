using KnowledgeGraph.Sparql.Results.Json;
using KnowledgeGraph.Sparql.Results.Text;
using KnowledgeGraph.Sparql.Results.Xml;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Reads SELECT solutions and ASK answers from the JSON, XML and TSV result formats (CSV loses term types and is not read).</summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class SparqlResultsReader
{
    /// <summary>Reads a result document.</summary>
    /// <param name="input">The document.</param>
    /// <param name="format">Its format: <see cref="SparqlResultsFormat.Json"/>, <see cref="SparqlResultsFormat.Xml"/> or <see cref="SparqlResultsFormat.Tsv"/>.</param>
    /// <param name="sourceName">A name for error messages (a file name or URL); "results" when null.</param>
    /// <exception cref="RdfSyntaxException">The document is malformed; the exception carries its line and column.</exception>
    /// <exception cref="NotSupportedException">The format is CSV.</exception>
    public static SparqlResult Read(TextReader input, SparqlResultsFormat format, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        sourceName ??= "results";
        return format switch
        {
            SparqlResultsFormat.Json => JsonResultsReader.Read(input, sourceName),
            SparqlResultsFormat.Xml => XmlResultsReader.Read(input, sourceName),
            SparqlResultsFormat.Tsv => TsvResultsReader.Read(input, sourceName),
            SparqlResultsFormat.Csv => throw new NotSupportedException("CSV results lose the kind and datatype of terms and cannot be read back."),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>Reads a result document from a string.</summary>
    /// <exception cref="RdfSyntaxException">The document is malformed.</exception>
    public static SparqlResult Parse(string text, SparqlResultsFormat format) => Read(new StringReader(text), format);

    /// <summary>Reads a result file; the format comes from the extension (.srj, .srx, .tsv) unless given.</summary>
    /// <exception cref="RdfSyntaxException">The document is malformed.</exception>
    public static SparqlResult Load(string path, SparqlResultsFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (format is null)
        {
            if (!SparqlResultsFormats.TryParseExtension(path, out var f))
                throw new ArgumentException($"Cannot tell the results format of '{path}' from its extension.", nameof(path));
            format = f;
        }
        using var reader = RdfInput.OpenFile(path);
        return Read(reader, format.Value, path);
    }
}
