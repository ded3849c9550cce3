namespace KnowledgeGraph.Server.Protocol;

/// <summary>A request the server answers with an error status and a plain-text message (never a stack trace).</summary>
internal sealed class ProtocolException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>Methods to list in an <c>Allow</c> header (for 405).</summary>
    public string? Allow { get; init; }
}
