namespace KnowledgeGraph.Cli.Arguments;

/// <summary>The command line is wrong (unknown verb, option or format, a missing value): exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message, string? verb = null) : base(message) => Verb = verb;

    /// <summary>The verb whose help the message points to, or null for the top-level help.</summary>
    public string? Verb { get; }
}
