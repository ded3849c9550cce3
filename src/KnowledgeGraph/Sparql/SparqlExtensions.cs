using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql;

/// <summary>Query a dataset or a graph in one call.</summary>
public static class SparqlExtensions
{
    /// <summary>Parses and runs a SPARQL query over a dataset.</summary>
    /// <exception cref="SparqlSyntaxException">The query text is invalid.</exception>
    public static SparqlResult Query(this Dataset dataset, string query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default) =>
        SparqlQuery.Parse(query).Execute(dataset, options, cancellationToken);

    /// <summary>Parses and runs a SPARQL query over a graph.</summary>
    /// <exception cref="SparqlSyntaxException">The query text is invalid.</exception>
    public static SparqlResult Query(this Graph graph, string query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default) =>
        SparqlQuery.Parse(query).Execute(graph, options, cancellationToken);
}
