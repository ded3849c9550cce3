using KnowledgeGraph.Sparql;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>
    /// Parses and runs a SPARQL 1.1 query over this graph. The graph's prefixes can be used in the query without PREFIX
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
        return Owner.PreparedQueries.Get(query, Prefixes, options?.UseDataPrefixes != false).Execute(this, options, cancellationToken);
    }

    /// <summary>Parses a query for running many times; the graph's prefixes can be used without PREFIX lines. See
    /// <see cref="Dataset.Prepare(string)"/>.</summary>
    /// <exception cref="SparqlSyntaxException">The query text is invalid; carries line and column.</exception>
    public SparqlQuery Prepare(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Owner.PreparedQueries.Get(query, Prefixes, useDataPrefixes: true);
    }

    /// <summary>Runs a parsed (prepared) query over this graph; the whole query reads one snapshot.</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated.</exception>
    /// <exception cref="SparqlTimeoutException">The options' timeout elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SparqlResult Query(SparqlQuery query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Execute(this, options, cancellationToken);
    }

    /// <summary>
    /// Parses and runs a SPARQL 1.1 Update request on this graph as one transaction: every operation applies or none
    /// does, and readers see the request all at once. The graph's prefixes can be used without PREFIX lines.
    /// </summary>
    /// <exception cref="SparqlSyntaxException">The request text is invalid; carries line and column.</exception>
    /// <exception cref="SparqlEvaluationException">An operation failed; nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or the options' timeout elapsed; nothing was changed.</exception>
    /// <exception cref="ArgumentException">A parameter names no variable of the request.</exception>
    public void Update(string update, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        SparqlUpdate.ParseForData(update, Prefixes).Execute(this, options, cancellationToken);

    /// <summary>Runs a parsed update request on this graph as one transaction (see <see cref="Update(string, SparqlUpdateOptions?, CancellationToken)"/>).</summary>
    public void Update(SparqlUpdate update, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        (update ?? throw new ArgumentNullException(nameof(update))).Execute(this, options, cancellationToken);
}
