using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Remote.Http;
using KnowledgeGraph.Remote.Reading;
using System.Net;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A client for a remote endpoint speaking the <see href="https://www.w3.org/TR/sparql11-protocol/">SPARQL 1.1
/// Protocol</see>. Each query form has its typed call, and answers stream: <see cref="SelectAsync"/> yields rows
/// and <see cref="ConstructAsync"/> triples as they arrive. The Accept header follows the form (results formats for
/// SELECT and ASK, RDF syntaxes for CONSTRUCT and DESCRIBE) and can be replaced through <see cref="ResultsAccept"/>
/// and <see cref="GraphAccept"/>. Authentication, proxies and TLS settings come from the <see cref="HttpClient"/>
/// (and its handler) the caller passes in. Every failure is a <see cref="SparqlEndpointException"/>.
/// Thread-safe for concurrent calls once configured; do not change its settings while calls run.
/// </summary>
/// <example>
/// <code>
/// using var client = new SparqlEndpointClient(new Uri("https://example.org/sparql"));
/// await using var rows = await client.SelectAsync("SELECT * WHERE { ?s ?p ?o } LIMIT 10");
/// await foreach (var row in rows) Console.WriteLine(row["s"]);
/// </code>
/// </example>
public sealed class SparqlEndpointClient : IDisposable
{
    /// <summary>Queries longer than this (URL-encoded) are sent by POST, since servers and proxies limit URL length.</summary>
    private const int MaxGetQueryLength = 2000;

    /// <summary>The default <see cref="ResultsAccept"/>: JSON, then XML, then TSV results.</summary>
    public const string DefaultResultsAccept = "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.8";

    /// <summary>The default <see cref="GraphAccept"/>: N-Triples, Turtle, RDF/XML, then the other RDF syntaxes.</summary>
    public const string DefaultGraphAccept =
        "application/n-triples, text/turtle;q=0.95, application/rdf+xml;q=0.8, application/n-quads;q=0.7, application/trig;q=0.6, application/ld+json;q=0.5";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client for <paramref name="endpoint"/>, using <paramref name="httpClient"/> when given (it is then not disposed with this client).</summary>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is not an absolute URI.</exception>
    public SparqlEndpointClient(Uri endpoint, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri) throw new ArgumentException("The endpoint must be an absolute URI.", nameof(endpoint));
        Endpoint = endpoint;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <summary>The query endpoint URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>The update endpoint URL, for servers that take updates elsewhere (Fuseki's <c>/update</c>); null means <see cref="Endpoint"/>.</summary>
    public Uri? UpdateEndpoint { get; set; }

    /// <summary>How long one exchange may take, including reading a streamed answer to its end; default 100 seconds.
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Graph IRIs sent as <c>default-graph-uri</c> (the query's FROM, when the server honours it).</summary>
    public IList<string> DefaultGraphUris { get; } = new List<string>();

    /// <summary>Graph IRIs sent as <c>named-graph-uri</c> (the query's FROM NAMED).</summary>
    public IList<string> NamedGraphUris { get; } = new List<string>();

    /// <summary>Always POST the query as a form, even when it would fit in a GET URL.</summary>
    public bool AlwaysPost { get; set; }

    /// <summary>The Accept header of SELECT and ASK requests; default <see cref="DefaultResultsAccept"/>.</summary>
    public string ResultsAccept { get; set; } = DefaultResultsAccept;

    /// <summary>The Accept header of CONSTRUCT and DESCRIBE requests; default <see cref="DefaultGraphAccept"/>.</summary>
    public string GraphAccept { get; set; } = DefaultGraphAccept;

    /// <summary>Runs a SELECT query; the returned stream has the variables and yields rows as they arrive.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed or the answer is not a readable SELECT answer.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SparqlResultStream> SelectAsync(string query, CancellationToken cancellationToken = default)
    {
        var (exchange, reader) = await OpenResultsAsync(query, cancellationToken).ConfigureAwait(false);
        if (reader.Boolean is not null)
        {
            reader.Dispose();
            exchange.Dispose();
            throw exchange.Unreadable("the endpoint answered a boolean to a SELECT query.");
        }
        return new SparqlResultStream(exchange, reader);
    }

    /// <summary>Runs an ASK query.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed or the answer is not a boolean.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<bool> AskAsync(string query, CancellationToken cancellationToken = default)
    {
        var (exchange, reader) = await OpenResultsAsync(query, cancellationToken).ConfigureAwait(false);
        using (exchange)
        using (reader)
            return reader.Boolean ?? throw exchange.Unreadable("the endpoint answered rows to an ASK query.");
    }

    /// <summary>Runs a CONSTRUCT query; triples are parsed and yielded as they arrive.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed or the answer is not RDF we can read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<Triple> ConstructAsync(string query, CancellationToken cancellationToken = default) =>
        GraphQueryAsync(query, cancellationToken);

    /// <summary>Runs a DESCRIBE query; triples are parsed and yielded as they arrive.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed or the answer is not RDF we can read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<Triple> DescribeAsync(string query, CancellationToken cancellationToken = default) =>
        GraphQueryAsync(query, cancellationToken);

    /// <summary>Runs a query of any form and reads the whole answer: solutions, a boolean or a graph.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed or the answer could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SparqlResult> QueryAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var form = QueryForms.Sniff(query);
        if (form is SparqlQueryForm.Construct or SparqlQueryForm.Describe)
        {
            var graph = new Graph();
            await foreach (var t in GraphQueryAsync(query, cancellationToken).ConfigureAwait(false)) graph.Add(t);
            return SparqlResult.FromGraph(graph);
        }
        var (exchange, reader) = await OpenResultsAsync(query, cancellationToken).ConfigureAwait(false);
        if (reader.Boolean is { } boolean)
        {
            using (exchange) using (reader) return SparqlResult.FromBoolean(boolean);
        }
        await using var rows = new SparqlResultStream(exchange, reader);
        return SparqlResult.FromResultSet(await rows.ToResultSetAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Runs a query of any form, blocking until the whole answer is read.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed or the answer could not be read.</exception>
    public SparqlResult Query(string query, CancellationToken cancellationToken = default) =>
        QueryAsync(query, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Sends a SPARQL 1.1 Update request (URL-encoded <c>update=</c> POST, which every server takes).</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed or the server refused the update.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task UpdateAsync(string update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var parameters = new List<KeyValuePair<string, string>> { new("update", update) };
        using var request = new HttpRequestMessage(HttpMethod.Post, UpdateEndpoint ?? Endpoint) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.Accept.ParseAdd("*/*");
        using var exchange = await RemoteExchange.SendAsync(_http, request, Timeout, cancellationToken).ConfigureAwait(false);
        try
        {
            await exchange.Response.Content.ReadAsByteArrayAsync(exchange.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw exchange.Fail(e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private async Task<(RemoteExchange, ResultsRowReader)> OpenResultsAsync(string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var request = BuildRequest(query, ResultsAccept);
        var exchange = await RemoteExchange.SendAsync(_http, request, Timeout, cancellationToken).ConfigureAwait(false);
        try
        {
            var mediaType = exchange.MediaType;
            if (!SparqlResultsFormats.TryParseMediaType(mediaType, out var format) || format == SparqlResultsFormat.Csv)
                throw exchange.Unreadable($"results of type '{mediaType}' cannot be read (expected SPARQL Results JSON, XML or TSV).");
            var reader = ResultsRowReader.Create(format, await exchange.OpenTextAsync().ConfigureAwait(false), exchange.Endpoint.AbsoluteUri);
            try
            {
                await reader.ReadHeadAsync(exchange.Token).ConfigureAwait(false);
            }
            catch
            {
                reader.Dispose();
                throw;
            }
            return (exchange, reader);
        }
        catch (Exception e)
        {
            exchange.Dispose();
            throw exchange.Fail(e);
        }
    }

    private async IAsyncEnumerable<Triple> GraphQueryAsync(string query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var request = BuildRequest(query, GraphAccept);
        using var exchange = await RemoteExchange.SendAsync(_http, request, Timeout, cancellationToken).ConfigureAwait(false);
        var format = MediaTypes.RdfFormatOf(exchange.MediaType);
        if (format is null)
            throw exchange.Unreadable($"an answer of type '{exchange.MediaType}' is not an RDF syntax we read.");
        var input = await exchange.OpenTextAsync().ConfigureAwait(false);
        var options = new RdfReaderOptions { BaseIri = exchange.Endpoint.AbsoluteUri, SourceName = exchange.Endpoint.AbsoluteUri };
        await using var quads = RdfStream.ReadAsync(input, format, options, exchange.Token).GetAsyncEnumerator(exchange.Token);
        while (true)
        {
            try
            {
                if (!await quads.MoveNextAsync().ConfigureAwait(false)) break;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                throw exchange.Fail(e);
            }
            yield return quads.Current.Triple;
        }
    }

    private HttpRequestMessage BuildRequest(string query, string accept)
    {
        var parameters = new List<KeyValuePair<string, string>> { new("query", query) };
        parameters.AddRange(DefaultGraphUris.Select(g => new KeyValuePair<string, string>("default-graph-uri", g)));
        parameters.AddRange(NamedGraphUris.Select(g => new KeyValuePair<string, string>("named-graph-uri", g)));
        var encoded = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        HttpRequestMessage request;
        if (!AlwaysPost && encoded.Length <= MaxGetQueryLength)
        {
            var separator = string.IsNullOrEmpty(Endpoint.Query) ? "?" : "&";
            request = new HttpRequestMessage(HttpMethod.Get, new Uri(Endpoint.AbsoluteUri + separator + encoded));
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new FormUrlEncodedContent(parameters) };
        }
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }
}
