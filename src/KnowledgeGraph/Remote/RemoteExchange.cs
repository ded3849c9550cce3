using System.Net;
using System.Security.Authentication;
using System.Text;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote;

/// <summary>
/// One HTTP exchange with an endpoint: sends the request under the client's timeout, turns every transport failure
/// and error status into <see cref="SparqlEndpointException"/>, and keeps the timeout running while the caller
/// streams the body (the timeout covers the whole exchange, so a stalled stream cannot hang a reader).
/// </summary>
internal sealed class RemoteExchange : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _limit;

    private RemoteExchange(HttpResponseMessage response, Uri endpoint, CancellationTokenSource timeout, CancellationToken caller, TimeSpan limit)
    {
        Response = response;
        Endpoint = endpoint;
        _timeout = timeout;
        _caller = caller;
        _limit = limit;
    }

    public HttpResponseMessage Response { get; }

    public Uri Endpoint { get; }

    /// <summary>Cancelled by the caller's token or the timeout; pass it to every read of the body.</summary>
    public CancellationToken Token => _timeout.Token;

    public string? MediaType => Response.Content.Headers.ContentType?.MediaType;

    /// <summary>Sends <paramref name="request"/>; returns once the headers of a 2xx answer arrived (or, with
    /// <paramref name="allowNotFound"/>, a 404), and throws for anything else.</summary>
    public static async Task<RemoteExchange> SendAsync(HttpClient http, HttpRequestMessage request, TimeSpan timeout,
        CancellationToken cancellationToken, bool allowNotFound = false)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan) cts.CancelAfter(timeout);
        var endpoint = request.RequestUri!;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not SparqlEndpointException)
        {
            cts.Dispose();
            throw Translate(e, endpoint, timeout, cancellationToken);
        }
        var exchange = new RemoteExchange(response, endpoint, cts, cancellationToken, timeout);
        if (response.IsSuccessStatusCode || (allowNotFound && response.StatusCode == HttpStatusCode.NotFound)) return exchange;
        try
        {
            var start = await exchange.ReadBodyStartAsync().ConfigureAwait(false);
            throw new SparqlEndpointException(
                $"{endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}" + (start.Length > 0 ? ": " + start : ""),
                SparqlEndpointFailure.HttpStatus, endpoint, response.StatusCode, exchange.MediaType, start);
        }
        finally
        {
            exchange.Dispose();
        }
    }

    /// <summary>The answer's body as a text reader, decoded by its charset (UTF-8 when none is given).</summary>
    public async Task<TextReader> OpenTextAsync()
    {
        try
        {
            var stream = await Response.Content.ReadAsStreamAsync(Token).ConfigureAwait(false);
            return new StreamReader(stream, CharsetOf(Response), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        }
        catch (Exception e)
        {
            throw Fail(e);
        }
    }

    /// <summary>An exception for a failure while reading the body: a transport error, the timeout, or an unreadable answer.</summary>
    public Exception Fail(Exception e) => e switch
    {
        SparqlEndpointException => e,
        RdfSyntaxException syntax => new SparqlEndpointException($"The answer of {Endpoint} could not be read: {syntax.Message}",
            SparqlEndpointFailure.UnreadableAnswer, Endpoint, Response.StatusCode, MediaType, null, e),
        _ => Translate(e, Endpoint, _limit, _caller),
    };

    public SparqlEndpointException Unreadable(string message) =>
        new($"The answer of {Endpoint} could not be read: {message}", SparqlEndpointFailure.UnreadableAnswer, Endpoint, Response.StatusCode, MediaType);

    private async Task<string> ReadBodyStartAsync()
    {
        try
        {
            using var reader = await OpenTextAsync().ConfigureAwait(false);
            var buffer = new char[SparqlEndpointException.MaxBodyStart];
            int n = 0, read;
            while (n < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(n), Token).ConfigureAwait(false)) > 0) n += read;
            return new string(buffer, 0, n).Trim();
        }
        catch (Exception e) when (e is not OperationCanceledException || !_caller.IsCancellationRequested)
        {
            return "";
        }
    }

    public static Exception Translate(Exception e, Uri endpoint, TimeSpan timeout, CancellationToken caller)
    {
        if (e is OperationCanceledException && caller.IsCancellationRequested) return e;
        if (e is OperationCanceledException or TimeoutException)
            return new SparqlEndpointException($"{endpoint} did not answer within {timeout.TotalSeconds:0.###} seconds.",
                SparqlEndpointFailure.Timeout, endpoint, inner: new TimeoutException(e.Message, e));
        if (e is HttpRequestException { InnerException: AuthenticationException } || e.InnerException is AuthenticationException)
            return new SparqlEndpointException($"TLS with {endpoint} failed: {e.InnerException!.Message}", SparqlEndpointFailure.Tls, endpoint, inner: e);
        if (e is HttpRequestException or IOException)
            return new SparqlEndpointException($"{endpoint} could not be reached: {e.Message}", SparqlEndpointFailure.Unreachable, endpoint, inner: e);
        return e;
    }

    private static Encoding CharsetOf(HttpResponseMessage response)
    {
        var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"');
        if (string.IsNullOrEmpty(charset)) return new UTF8Encoding(false);
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return new UTF8Encoding(false);
        }
    }

    public void Dispose()
    {
        Response.Dispose();
        _timeout.Dispose();
    }
}
