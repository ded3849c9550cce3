using KnowledgeGraph.Sparql.Results;
using System.Net;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A client for a remote SPARQL endpoint speaking the
/// <see href="https://www.w3.org/TR/sparql11-protocol/#query-operation">SPARQL 1.1 Protocol query operation</see>.
/// SELECT and ASK answers are read from SPARQL Results JSON, XML or TSV; CONSTRUCT and DESCRIBE answers from
/// Turtle, N-Triples or RDF/XML, whichever the server sends.
/// </summary>
/// <example>
/// <code>
/// using var client = new SparqlEndpointClient(new Uri("https://example.org/sparql"));
/// var result = await client.QueryAsync("SELECT * WHERE { ?s ?p ?o } LIMIT 10");
/// </code>
/// </example>
public sealed class SparqlEndpointClient : IDisposable
{
    /// <summary>Queries longer than this (URL-encoded) are sent by POST, since servers and proxies limit URL length.</summary>
    private const int MaxGetQueryLength = 2000;

    private const string AcceptHeader =
        "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.8, " +
        "text/turtle;q=0.9, application/n-triples;q=0.8, application/rdf+xml;q=0.7";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Creates a client for <paramref name="endpoint"/>, using <paramref name="httpClient"/> when given (it is then not disposed with this client).</summary>
    public SparqlEndpointClient(Uri endpoint, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri) throw new ArgumentException("The endpoint must be an absolute URI.", nameof(endpoint));
        Endpoint = endpoint;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <summary>The endpoint URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>How long one query may take, including reading the answer; default 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Graph IRIs sent as <c>default-graph-uri</c> (the query's FROM, when the server honours it).</summary>
    public IList<string> DefaultGraphUris { get; } = new List<string>();

    /// <summary>Graph IRIs sent as <c>named-graph-uri</c> (the query's FROM NAMED).</summary>
    public IList<string> NamedGraphUris { get; } = new List<string>();

    /// <summary>Always POST the query as a form, even when it would fit in a GET URL.</summary>
    public bool AlwaysPost { get; set; }

    /// <summary>Runs <paramref name="query"/> on the endpoint.</summary>
    /// <exception cref="SparqlEndpointException">The server answered with an error status or an unreadable body.</exception>
    /// <exception cref="TimeoutException">No complete answer within <see cref="Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SparqlResult> QueryAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var request = BuildRequest(query);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new SparqlEndpointException($"The endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}: {Truncate(body)}", response.StatusCode);
            return ReadAnswer(response.Content.Headers.ContentType?.MediaType, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The endpoint did not answer within {Timeout.TotalSeconds} seconds.");
        }
    }

    /// <summary>Runs <paramref name="query"/> on the endpoint, blocking until the answer arrives.</summary>
    /// <exception cref="SparqlEndpointException">The server answered with an error status or an unreadable body.</exception>
    /// <exception cref="TimeoutException">No complete answer within <see cref="Timeout"/>.</exception>
    public SparqlResult Query(string query, CancellationToken cancellationToken = default) =>
        QueryAsync(query, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    private HttpRequestMessage BuildRequest(string query)
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
        request.Headers.Accept.ParseAdd(AcceptHeader);
        return request;
    }

    private SparqlResult ReadAnswer(string? mediaType, string body)
    {
        try
        {
            if (SparqlResultsFormats.TryParseMediaType(mediaType, out var format) && format != SparqlResultsFormat.Csv
                && !(format == SparqlResultsFormat.Xml && LooksLikeRdfXml(body)))
                return SparqlResultsReader.Read(new StringReader(body), format, Endpoint.AbsoluteUri);
            var rdf = RdfFormat.All.FirstOrDefault(f => string.Equals(f.MediaType, mediaType, StringComparison.OrdinalIgnoreCase))
                ?? (string.Equals(mediaType, "application/xml", StringComparison.OrdinalIgnoreCase) ? RdfFormat.RdfXml : null)
                ?? throw new SparqlEndpointException($"The endpoint answered with an unsupported content type '{mediaType}'.", HttpStatusCode.OK);
            return SparqlResult.FromGraph(Graph.Parse(body, rdf, Endpoint.AbsoluteUri));
        }
        catch (RdfSyntaxException e)
        {
            throw new SparqlEndpointException($"The endpoint's answer could not be read: {e.Message}", HttpStatusCode.OK, e);
        }
    }

    private static bool LooksLikeRdfXml(string body) => body.Contains("http://www.w3.org/1999/02/22-rdf-syntax-ns#", StringComparison.Ordinal)
        && !body.Contains("http://www.w3.org/2005/sparql-results#", StringComparison.Ordinal);

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..500] + "…";
}
