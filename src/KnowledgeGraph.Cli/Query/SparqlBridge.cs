using KnowledgeGraph.Model;
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

    /// <summary>
    /// Gives a CONSTRUCT or DESCRIBE result the data's prefixes and the query's (the query's win where both declare
    /// a prefix: they are what the user just wrote), so it prints with prefixed names, not full IRIs.
    /// </summary>
    public static void AddPrefixes(Graph result, PrefixMap dataPrefixes, SparqlQuery query)
    {
        foreach (var (prefix, ns) in dataPrefixes) result.Prefixes.Add(prefix, ns);
        foreach (var (prefix, ns) in query.Prefixes) result.Prefixes.Add(prefix, ns);
    }

    /// <summary>Writes SELECT or ASK results in json, xml, csv or tsv.</summary>
    public static void WriteResults(TextWriter output, SparqlResult result, string format) =>
        SparqlResultsWriter.Write(result, output, format switch
        {
            "json" => SparqlResultsFormat.Json,
            "xml" => SparqlResultsFormat.Xml,
            "csv" => SparqlResultsFormat.Csv,
            _ => SparqlResultsFormat.Tsv,
        });
}
