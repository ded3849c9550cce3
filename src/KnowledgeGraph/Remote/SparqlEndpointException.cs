using System.Net;

namespace KnowledgeGraph.Remote;

/// <summary>What went wrong in a <see cref="SparqlEndpointException"/>.</summary>
public enum SparqlEndpointFailure
{
    /// <summary>The host name did not resolve, or the connection was refused or dropped before an answer.</summary>
    Unreachable,
    /// <summary>The TLS handshake failed (an untrusted or mismatched certificate, say).</summary>
    Tls,
    /// <summary>No complete answer arrived within the client's timeout.</summary>
    Timeout,
    /// <summary>The server answered with a status other than 2xx.</summary>
    HttpStatus,
    /// <summary>The server answered 2xx with a body that could not be read (a syntax error, an unexpected media type).</summary>
    UnreadableAnswer,
}

/// <summary>
/// The one exception the SPARQL Protocol and Graph Store Protocol clients throw for a failed exchange: the
/// endpoint could not be reached, refused TLS, timed out, answered with an error status, or sent an answer that
/// could not be read. It carries the HTTP status, the content type and the start of the body when there was an
/// answer. Cancellation by the caller's token is reported as <see cref="OperationCanceledException"/>, not as this.
/// </summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class SparqlEndpointException : Exception
{
    /// <summary>Longest start of an error body kept in <see cref="BodyStart"/>.</summary>
    public const int MaxBodyStart = 1000;

    /// <summary>Creates the exception.</summary>
    public SparqlEndpointException(string message, SparqlEndpointFailure failure, Uri? endpoint = null, HttpStatusCode? statusCode = null,
        string? contentType = null, string? bodyStart = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Endpoint = endpoint;
        StatusCode = statusCode;
        ContentType = contentType;
        BodyStart = bodyStart;
    }

    /// <summary>What went wrong.</summary>
    public SparqlEndpointFailure Failure { get; }

    /// <summary>The URL the request went to.</summary>
    public Uri? Endpoint { get; }

    /// <summary>The HTTP status of the answer; null when there was none (unreachable, TLS, timeout before headers).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The media type of the answer, when there was one.</summary>
    public string? ContentType { get; }

    /// <summary>The first <see cref="MaxBodyStart"/> characters of the answer's body (the server's message), when there was one.</summary>
    public string? BodyStart { get; }
}
