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
