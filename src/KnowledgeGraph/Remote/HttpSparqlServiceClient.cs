using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Answers SERVICE clauses over HTTP with <see cref="SparqlEndpointClient"/>: give an instance to
/// <see cref="SparqlQueryOptions.ServiceClient"/> to let a query reach remote endpoints (without one, SERVICE fails).
/// Authentication and proxies come from the <see cref="HttpClient"/> passed in. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var options = new SparqlQueryOptions { ServiceClient = new HttpSparqlServiceClient() };
/// var result = dataset.Query("SELECT * { ?s ?p ?o SERVICE &lt;https://example.org/sparql&gt; { ?s ?q ?v } }", options);
/// </code>
/// </example>
public sealed class HttpSparqlServiceClient : ISparqlServiceClient
{
    private static readonly HttpClient Shared = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    private readonly HttpClient _http;

    /// <summary>Creates the client over <paramref name="httpClient"/>, or a shared one when null.</summary>
    public HttpSparqlServiceClient(HttpClient? httpClient = null) => _http = httpClient ?? Shared;

    /// <summary>How long one request to an endpoint may take; default 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <inheritdoc />
    public IEnumerable<SparqlRow> Select(Uri endpoint, string query, CancellationToken cancellationToken)
    {
        // The engine pulls rows synchronously; each row waits on the network here.
        var client = new SparqlEndpointClient(endpoint, _http) { Timeout = Timeout };
        var stream = client.SelectAsync(query, cancellationToken).GetAwaiter().GetResult();
        var rows = stream.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (rows.MoveNextAsync().AsTask().GetAwaiter().GetResult()) yield return rows.Current;
        }
        finally
        {
            rows.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stream.Dispose();
        }
    }
}
