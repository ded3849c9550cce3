namespace KnowledgeGraph.Shacl;

/// <summary>
/// A SHACL failure (<see href="https://www.w3.org/TR/shacl/#failures">§3.6.1</see>): the shapes graph is malformed
/// (an ill-formed path, a list that is not a list) or uses something the validator cannot run (a SPARQL query that
/// does not parse, or one that breaks the pre-binding rules).
/// </summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class ShaclException : Exception
{
    /// <summary>Creates the exception with a message that says what in the shapes graph is wrong.</summary>
    public ShaclException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public ShaclException(string message, Exception inner) : base(message, inner) { }
}
