using System.Net;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Remote.Http;
using KnowledgeGraph.Remote.Reading;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A client for the <see href="https://www.w3.org/TR/sparql11-http-rdf-update/">SPARQL 1.1 Graph Store HTTP
/// Protocol</see> with indirect graph identification (<c>?default</c> and <c>?graph=IRI</c>): read, replace, add
/// to, delete and test graphs. Both directions stream: <see cref="GetAsync"/> yields triples as they arrive, and
/// uploads are written as N-Triples while they are sent. A null graph name means the default graph. Every failure is
/// a <see cref="SparqlEndpointException"/>; authentication comes from the caller's <see cref="HttpClient"/>.
/// Thread-safe for concurrent calls once configured.
/// </summary>
/// <example>
/// <code>
/// using var store = new GraphStoreClient(new Uri("http://localhost:7878/store"));
/// await store.PutAsync(NamedNode.Create("http://example.org/g"), graph);
/// var copy = await store.GetGraphAsync(NamedNode.Create("http://example.org/g"));
/// </code>
/// </example>
public sealed class GraphStoreClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client for the graph store at <paramref name="endpoint"/>, using <paramref name="httpClient"/> when given (then not disposed with this client).</summary>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is not an absolute URI.</exception>
    public GraphStoreClient(Uri endpoint, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri) throw new ArgumentException("The endpoint must be an absolute URI.", nameof(endpoint));
        Endpoint = endpoint;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <summary>The graph store URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>How long one exchange may take, including streaming the body; default 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Send uploads with chunked transfer encoding as they are produced (the default). Servers that do not read
    /// chunked request bodies (Virtuoso 7.2 reads them as empty) need false: the upload is then written to a
    /// temporary file first and sent with a Content-Length, so memory stays flat either way.
    /// </summary>
    public bool SendChunked { get; set; } = true;

    /// <summary>The Accept header of GET requests; default <see cref="SparqlEndpointClient.DefaultGraphAccept"/>.</summary>
    public string Accept { get; set; } = SparqlEndpointClient.DefaultGraphAccept;

    /// <summary>The triples of a graph, parsed and yielded as they arrive.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed; a missing graph is an <see cref="SparqlEndpointFailure.HttpStatus"/> failure with status 404.</exception>
    public IAsyncEnumerable<Triple> GetAsync(NamedNode? graph, CancellationToken cancellationToken = default) => Get(graph, cancellationToken);

    private async IAsyncEnumerable<Triple> Get(NamedNode? graph, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GraphUrl(graph));
        request.Headers.Accept.ParseAdd(Accept);
        using var exchange = await RemoteExchange.SendAsync(_http, request, Timeout, cancellationToken).ConfigureAwait(false);
        var format = MediaTypes.RdfFormatOf(exchange.MediaType) ?? throw exchange.Unreadable($"an answer of type '{exchange.MediaType}' is not an RDF syntax we read.");
        var input = await exchange.OpenTextAsync().ConfigureAwait(false);
        var options = new RdfReaderOptions { BaseIri = graph?.Value ?? Endpoint.AbsoluteUri, SourceName = exchange.Endpoint.AbsoluteUri };
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

    /// <summary>A graph read whole into memory.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed (404 when the graph does not exist).</exception>
    public async Task<Graph> GetGraphAsync(NamedNode? graph, CancellationToken cancellationToken = default)
    {
        var result = new Graph();
        await foreach (var t in GetAsync(graph, cancellationToken).ConfigureAwait(false)) result.Add(t);
        return result;
    }

    /// <summary>Replaces the graph's content with <paramref name="triples"/> (HTTP PUT), creating it if needed.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed.</exception>
    public Task PutAsync(NamedNode? graph, IEnumerable<Triple> triples, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, graph, ToAsync(triples), cancellationToken);

    /// <summary>Replaces the graph's content with <paramref name="triples"/>, streamed as they are produced.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed.</exception>
    public Task PutAsync(NamedNode? graph, IAsyncEnumerable<Triple> triples, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, graph, triples, cancellationToken);

    /// <summary>Adds <paramref name="triples"/> to the graph (HTTP POST), creating it if needed.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed.</exception>
    public Task PostAsync(NamedNode? graph, IEnumerable<Triple> triples, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, graph, ToAsync(triples), cancellationToken);

    /// <summary>Adds <paramref name="triples"/> to the graph, streamed as they are produced.</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed.</exception>
    public Task PostAsync(NamedNode? graph, IAsyncEnumerable<Triple> triples, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, graph, triples, cancellationToken);

    /// <summary>Deletes the graph (HTTP DELETE); false when it did not exist (404).</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed.</exception>
    public async Task<bool> DeleteAsync(NamedNode? graph, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, GraphUrl(graph));
        using var exchange = await RemoteExchange.SendAsync(_http, request, Timeout, cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return exchange.Response.StatusCode != HttpStatusCode.NotFound;
    }

    /// <summary>Whether the graph exists (HTTP HEAD; a GET whose body is not read when the server does not implement HEAD).</summary>
    /// <exception cref="SparqlEndpointException">The exchange failed.</exception>
    public async Task<bool> ExistsAsync(NamedNode? graph, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ExistsAsync(HttpMethod.Head, graph, cancellationToken).ConfigureAwait(false);
        }
        catch (SparqlEndpointException e) when (e.StatusCode is HttpStatusCode.NotImplemented or HttpStatusCode.MethodNotAllowed)
        {
            return await ExistsAsync(HttpMethod.Get, graph, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> ExistsAsync(HttpMethod method, NamedNode? graph, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, GraphUrl(graph));
        request.Headers.Accept.ParseAdd(Accept);
        using var exchange = await RemoteExchange.SendAsync(_http, request, Timeout, cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return exchange.Response.StatusCode != HttpStatusCode.NotFound;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private async Task SendAsync(HttpMethod method, NamedNode? graph, IAsyncEnumerable<Triple> triples, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(triples);
        HttpContent content = new QuadStreamContent(ToQuads(triples), withGraphs: false);
        await using var spool = SendChunked ? null : new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (spool is not null)
        {
            await content.CopyToAsync(spool, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            var type = content.Headers.ContentType;
            content.Dispose();
            content = new StreamContent(spool);
            content.Headers.ContentType = type;
            content.Headers.ContentLength = spool.Length;
        }
        using var request = new HttpRequestMessage(method, GraphUrl(graph)) { Content = content };
        using var exchange = await RemoteExchange.SendAsync(_http, request, Timeout, cancellationToken).ConfigureAwait(false);
    }

    private Uri GraphUrl(NamedNode? graph)
    {
        var separator = string.IsNullOrEmpty(Endpoint.Query) ? "?" : "&";
        return new Uri(Endpoint.AbsoluteUri + separator + (graph is null ? "default" : "graph=" + Uri.EscapeDataString(graph.Value)));
    }

    private static async IAsyncEnumerable<Quad> ToQuads(IAsyncEnumerable<Triple> triples)
    {
        await foreach (var t in triples.ConfigureAwait(false)) yield return new Quad(t);
    }

#pragma warning disable CS1998 // an iterator over a synchronous sequence
    private static async IAsyncEnumerable<Triple> ToAsync(IEnumerable<Triple> triples)
    {
        ArgumentNullException.ThrowIfNull(triples);
        foreach (var t in triples) yield return t;
    }
#pragma warning restore CS1998
}
