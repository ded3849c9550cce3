namespace KnowledgeGraph.Cli;

/// <summary>
/// What a verb may touch of the outside world: the standard streams, the terminal, the global flags and the
/// cancellation token. Tests build one over string writers to run <c>kg</c> in-process.
/// </summary>
internal sealed class CliContext
{
    public CliContext(Func<Stream> openStandardInput, TextWriter standardOutput, TextWriter standardError)
    {
        OpenStandardInput = openStandardInput;
        Out = standardOutput;
        Error = standardError;
    }

    /// <summary>Opens standard input as bytes (decoded as strict UTF-8 by the readers' input helper).</summary>
    public Func<Stream> OpenStandardInput { get; }

    /// <summary>Standard output, UTF-8, "\n" line ends.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard error is a terminal: only then is a progress display drawn.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The width tables must fit in, or null for no limit (output redirected and no COLUMNS).</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>The directory relative paths resolve against.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary><c>--quiet</c>: no progress and no informational messages, only results and errors.</summary>
    public bool Quiet { get; set; }

    /// <summary><c>--verbose</c>: stack traces with errors.</summary>
    public bool Verbose { get; set; }

    /// <summary>The OUTPUT being written (<c>-</c> for standard output), named when a writer refuses the data.</summary>
    public string? CurrentOutput { get; set; }

    /// <summary>Cancelled by Ctrl+C (SIGINT) or SIGTERM.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>A path given on the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Writes an informational line to standard error unless <c>--quiet</c>.</summary>
    public void Info(string message)
    {
        if (!Quiet) Error.WriteLine(message);
    }
}
