using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql;

/// <summary>Query a dataset or a graph in one call.</summary>
public static class SparqlExtensions
{
    /// <summary>Parses and runs a SPARQL query over a dataset. The dataset's prefixes can be used in the query without
    /// PREFIX lines unless <see cref="SparqlQueryOptions.UseDataPrefixes"/> is false.</summary>
    /// <exception cref="SparqlSyntaxException">The query text is invalid.</exception>
    /// <exception cref="SparqlTimeoutException">The options' timeout elapsed.</exception>
    public static SparqlResult Query(this Dataset dataset, string query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return SparqlQuery.Parse(query, null, options?.UseDataPrefixes == false ? null : dataset.Prefixes).Execute(dataset, options, cancellationToken);
    }

    /// <summary>Parses and runs a SPARQL query over a graph. The graph's prefixes can be used in the query without
    /// PREFIX lines unless <see cref="SparqlQueryOptions.UseDataPrefixes"/> is false.</summary>
    /// <exception cref="SparqlSyntaxException">The query text is invalid.</exception>
    /// <exception cref="SparqlTimeoutException">The options' timeout elapsed.</exception>
    public static SparqlResult Query(this Graph graph, string query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return SparqlQuery.Parse(query, null, options?.UseDataPrefixes == false ? null : graph.Prefixes).Execute(graph, options, cancellationToken);
    }
}
