using System.Net;

namespace KnowledgeGraph.Remote;

/// <summary>A SPARQL endpoint refused a query or sent an answer that could not be read.</summary>
public sealed class SparqlEndpointException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SparqlEndpointException(string message, HttpStatusCode statusCode, Exception? inner = null) : base(message, inner) => StatusCode = statusCode;

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }
}
