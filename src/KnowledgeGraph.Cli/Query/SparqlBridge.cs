using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Cli.Query;

/// <summary>The one place <c>kg query</c> calls the SPARQL engine and the results writers.</summary>
internal static class SparqlBridge
{
    /// <summary>Parses the query; a syntax error is a <see cref="SparqlSyntaxException"/> positioned in the text.</summary>
    public static SparqlQuery Parse(string text, string? baseIri) => SparqlQuery.Parse(text, baseIri);

    public static bool ReturnsGraph(SparqlQuery query) => query.Form is SparqlQueryForm.Construct or SparqlQueryForm.Describe;

    public static SparqlResult Execute(SparqlQuery query, Dataset dataset, SparqlQueryOptions options, CancellationToken cancellationToken) =>
        query.Execute(dataset, options, cancellationToken);

    /// <summary>Writes SELECT or ASK results in json, xml, csv or tsv.</summary>
    public static void WriteResults(TextWriter output, SparqlResult result, string format) =>
        SparqlResultsWriter.Write(output, result, format switch
        {
            "json" => SparqlResultsFormat.Json,
            "xml" => SparqlResultsFormat.Xml,
            "csv" => SparqlResultsFormat.Csv,
            _ => SparqlResultsFormat.Tsv,
        });
}
