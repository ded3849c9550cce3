namespace KnowledgeGraph.Sparql.Results;

/// <summary>The serialisations of SELECT and ASK results.</summary>
public enum SparqlResultsFormat
{
    /// <summary><see href="https://www.w3.org/TR/sparql11-results-json/">SPARQL 1.1 Query Results JSON</see>.</summary>
    Json,
    /// <summary><see href="https://www.w3.org/TR/rdf-sparql-XMLres/">SPARQL Query Results XML</see>.</summary>
    Xml,
    /// <summary><see href="https://www.w3.org/TR/sparql11-results-csv-tsv/">SPARQL 1.1 Query Results CSV</see> (lossy: write only).</summary>
    Csv,
    /// <summary><see href="https://www.w3.org/TR/sparql11-results-csv-tsv/">SPARQL 1.1 Query Results TSV</see>.</summary>
    Tsv,
}

/// <summary>Media types and file extensions of <see cref="SparqlResultsFormat"/>.</summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class SparqlResultsFormats
{
    /// <summary>The IANA media type of <paramref name="format"/>.</summary>
    public static string MediaType(this SparqlResultsFormat format) => format switch
    {
        SparqlResultsFormat.Json => "application/sparql-results+json",
        SparqlResultsFormat.Xml => "application/sparql-results+xml",
        SparqlResultsFormat.Csv => "text/csv",
        SparqlResultsFormat.Tsv => "text/tab-separated-values",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The usual file extension of <paramref name="format"/>, with the dot.</summary>
    public static string FileExtension(this SparqlResultsFormat format) => format switch
    {
        SparqlResultsFormat.Json => ".srj",
        SparqlResultsFormat.Xml => ".srx",
        SparqlResultsFormat.Csv => ".csv",
        SparqlResultsFormat.Tsv => ".tsv",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The format of a media type (parameters such as <c>charset</c> ignored), if it is one of ours.</summary>
    public static bool TryParseMediaType(string? mediaType, out SparqlResultsFormat format)
    {
        var type = (mediaType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        switch (type)
        {
            case "application/sparql-results+json" or "application/json": format = SparqlResultsFormat.Json; return true;
            case "application/sparql-results+xml" or "application/xml" or "text/xml": format = SparqlResultsFormat.Xml; return true;
            case "text/csv": format = SparqlResultsFormat.Csv; return true;
            case "text/tab-separated-values": format = SparqlResultsFormat.Tsv; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The format of a file name's extension (.srj/.json, .srx/.xml, .csv, .tsv), if it is one of ours.</summary>
    public static bool TryParseExtension(string path, out SparqlResultsFormat format)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".srj" or ".json": format = SparqlResultsFormat.Json; return true;
            case ".srx" or ".xml": format = SparqlResultsFormat.Xml; return true;
            case ".csv": format = SparqlResultsFormat.Csv; return true;
            case ".tsv": format = SparqlResultsFormat.Tsv; return true;
            default: format = default; return false;
        }
    }
}
