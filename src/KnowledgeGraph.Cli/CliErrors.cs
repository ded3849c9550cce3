namespace KnowledgeGraph.Cli;

/// <summary>Input that is wrong in a way no reader reports (named graphs for a triple syntax, a graph that fails
/// validation): exit code 1, printed as <c>SOURCE:LINE:COLUMN: message</c>.</summary>
internal sealed class InvalidInputException : Exception
{
    public InvalidInputException(string source, string message, int line = 1, int column = 1) : base(message)
    {
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>The file, <c>-</c> or <c>query</c> the error is about.</summary>
    public new string Source { get; }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>A file that cannot be read or written: exit code 3.</summary>
internal sealed class CliIoException : Exception
{
    public CliIoException(string path, string message, Exception? inner = null) : base(message, inner) => Path = path;

    public string Path { get; }
}
