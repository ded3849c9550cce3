using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql;

/// <summary>A query that is not valid SPARQL 1.1; carries the 1-based line and column (source name "query").</summary>
public sealed class SparqlSyntaxException : RdfSyntaxException
{
    /// <summary>Creates the exception.</summary>
    public SparqlSyntaxException(string message, int line, int column, string? sourceName = "query", Exception? inner = null)
        : base(message, line, column, sourceName, inner) { }
}

/// <summary>A query that parsed but cannot be evaluated (an unknown graph, a resource limit, a timeout).</summary>
public sealed class SparqlEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SparqlEvaluationException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>A query or update stopped because its <c>Timeout</c> elapsed (not because the caller cancelled it).</summary>
/// <remarks>Derives from <see cref="OperationCanceledException"/>, so code that treats both alike keeps working.</remarks>
public sealed class SparqlTimeoutException : OperationCanceledException
{
    /// <summary>Creates the exception for a time limit of <paramref name="timeout"/>.</summary>
    public SparqlTimeoutException(TimeSpan timeout)
        : base($"The query did not finish within its timeout of {timeout.TotalSeconds:0.###} s.") => Timeout = timeout;

    /// <summary>The time limit that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
