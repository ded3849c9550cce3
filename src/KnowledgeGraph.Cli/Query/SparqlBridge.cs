using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Query;

/// <summary>The one place <c>kg query</c> calls the SPARQL engine and the results writers.</summary>
internal static class SparqlBridge
{
    /// <summary>The query's form, known from parsing, before evaluation.</summary>
    public sealed record ParsedQuery(object Query, bool ReturnsGraph);

    public static ParsedQuery Parse(string text, string? baseIri) =>
        throw new NotSupportedException("the SPARQL engine is not part of this build yet");

    public static SparqlResult Execute(ParsedQuery query, Dataset dataset, SparqlQueryOptions options, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the SPARQL engine is not part of this build yet");

    /// <summary>Writes SELECT or ASK results in json, xml, csv or tsv.</summary>
    public static void WriteResults(TextWriter output, SparqlResult result, string format) =>
        throw new NotSupportedException($"the SPARQL {format} results writer is not part of this build yet");
}
