namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// A JSON-LD document that cannot be processed. <see cref="ErrorCode"/> is the error code string of the
/// <see href="https://www.w3.org/TR/json-ld11-api/#jsonlderrorcode">JSON-LD 1.1 API</see>, for example
/// <c>invalid @id value</c> or <c>loading remote context failed</c>.
/// </summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class JsonLdException : RdfSyntaxException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">The JSON-LD API error code.</param>
    /// <param name="message">What is wrong, without the position.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <param name="sourceName">The file name or other source label; null when unknown.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public JsonLdException(string errorCode, string message, int line, int column, string? sourceName = null, Exception? inner = null)
        : base($"{errorCode}: {message}", line, column, sourceName, inner)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The JSON-LD API error code, e.g. <c>invalid @id value</c>.</summary>
    public string ErrorCode { get; }
}
