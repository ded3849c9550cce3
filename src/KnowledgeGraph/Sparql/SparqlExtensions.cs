using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql;

/// <summary>Query or update a dataset or a graph in one call.</summary>
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

    /// <summary>Parses and runs a SPARQL 1.1 Update request against a dataset, atomically.</summary>
    /// <exception cref="SparqlSyntaxException">The request text is invalid.</exception>
    /// <exception cref="SparqlEvaluationException">An operation failed; the dataset is unchanged.</exception>
    public static void Update(this Dataset dataset, string update, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        SparqlUpdate.Parse(update).Execute(dataset!, options, cancellationToken);

    /// <summary>Parses and runs a SPARQL 1.1 Update request against a graph (as the default graph), atomically.</summary>
    /// <exception cref="SparqlSyntaxException">The request text is invalid.</exception>
    /// <exception cref="SparqlEvaluationException">An operation failed; the graph is unchanged.</exception>
    public static void Update(this Graph graph, string update, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        SparqlUpdate.Parse(update).Execute(graph!, options, cancellationToken);
}
