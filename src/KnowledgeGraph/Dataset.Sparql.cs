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
        return PreparedQueries.Get(query, Prefixes, options?.UseDataPrefixes != false).Execute(this, options, cancellationToken);
    }

    /// <summary>
    /// Parses a query for running many times (over this dataset, or any other): the dataset's prefixes can be used
    /// without PREFIX lines. The result keeps its optimised plan between runs, so a prepared query pays neither parsing
    /// nor planning again; bind values through <see cref="SparqlQueryOptions.Parameters"/>, never by editing the text.
    /// <c>Query(text)</c> also remembers the texts it has recently parsed, so repeating a text costs no parse either.
    /// </summary>
    /// <exception cref="SparqlSyntaxException">The query text is invalid; carries line and column.</exception>
    public SparqlQuery Prepare(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PreparedQueries.Get(query, Prefixes, useDataPrefixes: true);
    }

    /// <summary>Recently run query texts, parsed (shared by this dataset's graphs).</summary>
    internal PreparedQueries PreparedQueries { get; } = new();

    /// <summary>Runs a parsed (prepared) query over this dataset; the whole query reads one snapshot.</summary>
    /// <exception cref="SparqlEvaluationException">The query cannot be evaluated.</exception>
    /// <exception cref="SparqlTimeoutException">The options' timeout elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SparqlResult Query(SparqlQuery query, SparqlQueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Execute(this, options, cancellationToken);
    }

    /// <summary>
    /// Parses and runs a SPARQL 1.1 Update request on this dataset as one transaction: every operation applies or none
    /// does, and readers see the request all at once. The dataset's prefixes can be used without PREFIX lines.
    /// </summary>
    /// <exception cref="SparqlSyntaxException">The request text is invalid; carries line and column.</exception>
    /// <exception cref="SparqlEvaluationException">An operation failed; nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or the options' timeout elapsed; nothing was changed.</exception>
    /// <exception cref="ArgumentException">A parameter names no variable of the request.</exception>
    public void Update(string update, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        SparqlUpdate.ParseForData(update, Prefixes).Execute(this, options, cancellationToken);

    /// <summary>Runs a parsed update request on this dataset as one transaction (see <see cref="Update(string, SparqlUpdateOptions?, CancellationToken)"/>).</summary>
    public void Update(SparqlUpdate update, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        (update ?? throw new ArgumentNullException(nameof(update))).Execute(this, options, cancellationToken);
}
