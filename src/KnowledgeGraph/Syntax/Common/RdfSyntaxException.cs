namespace KnowledgeGraph.Syntax;

/// <summary>
/// Input that is not valid in its syntax. <see cref="Line"/> and <see cref="Column"/> are 1-based and point at the
/// offending character; <see cref="Exception.Message"/> reads "SOURCE:LINE:COLUMN: what is wrong".
/// </summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public class RdfSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, without the position.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column, in characters.</param>
    /// <param name="sourceName">The file name or other source label; null when unknown.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public RdfSyntaxException(string message, int line, int column, string? sourceName = null, Exception? inner = null)
        : base($"{sourceName ?? "-"}:{line}:{column}: {message}", inner)
    {
        Reason = message;
        Line = line;
        Column = column;
        SourceName = sourceName;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error.</summary>
    public int Column { get; }

    /// <summary>The file name or other source label, or null.</summary>
    public string? SourceName { get; }
}
