using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql;

/// <summary>A query that is not valid SPARQL 1.1; carries the 1-based line and column (source name "query").</summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class SparqlSyntaxException : RdfSyntaxException
{
    /// <summary>Creates the exception.</summary>
    public SparqlSyntaxException(string message, int line, int column, string? sourceName = "query", Exception? inner = null)
        : base(message, line, column, sourceName, inner) { }
}

/// <summary>A query or update that parsed but cannot be evaluated (an unknown graph, a resource limit, a LOAD that
/// cannot be read).</summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class SparqlEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SparqlEvaluationException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>Creates the exception for the update operation that starts at 1-based <paramref name="line"/> and
    /// <paramref name="column"/> of the request.</summary>
    public SparqlEvaluationException(string message, int line, int column, Exception? inner = null) : base(message, inner)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the failing update operation, when the error comes from an update.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column of the failing update operation, when the error comes from an update.</summary>
    public int? Column { get; }
}

/// <summary>A query or update stopped because its <c>Timeout</c> elapsed (not because the caller cancelled it).</summary>
/// <remarks>Derives from <see cref="OperationCanceledException"/>, so code that treats both alike keeps working.
/// <para>Thread safety: immutable once thrown; safe to read from any thread.</para>
/// </remarks>
public sealed class SparqlTimeoutException : OperationCanceledException
{
    /// <summary>Creates the exception for a time limit of <paramref name="timeout"/>.</summary>
    public SparqlTimeoutException(TimeSpan timeout)
        : base($"The query did not finish within its timeout of {timeout.TotalSeconds:0.###} s.") => Timeout = timeout;

    /// <summary>The time limit that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
