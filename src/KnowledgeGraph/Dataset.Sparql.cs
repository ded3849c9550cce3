using KnowledgeGraph.Sparql;

namespace KnowledgeGraph;

public sealed partial class Dataset
{
    /// <summary>
    /// Parses and runs a SPARQL 1.1 query over this dataset. The dataset's prefixes can be used in the query without PREFIX
    /// lines (unless <see cref="SparqlQueryOptions.UseDataPrefixes"/> is false); the whole query reads one snapshot.
    /// </summary>
    /// <exception cref="SparqlSyntaxException">The query text is invalid; carries line and column.</exception>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated.</exception>
    /// <exception cref="SparqlTimeoutException">The options' timeout elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ArgumentException">A parameter names no variable of the query.</exception>
    public SparqlResult Query(string query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SparqlQuery.Parse(query, null, options?.UseDataPrefixes == false ? null : Prefixes).Execute(this, options, cancellationToken);
    }

    /// <summary>Runs a parsed (prepared) query over this dataset; the whole query reads one snapshot.</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated.</exception>
    /// <exception cref="SparqlTimeoutException">The options' timeout elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SparqlResult Query(SparqlQuery query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Execute(this, options, cancellationToken);
    }
}
