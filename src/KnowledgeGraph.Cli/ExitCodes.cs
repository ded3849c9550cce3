namespace KnowledgeGraph.Cli;

/// <summary>The exit codes of <c>../shared/CLI.md</c>; scripts depend on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int Io = 3;

    /// <summary><c>kg validate</c>: the data does not conform to the shapes.</summary>
    public const int NotConforming = 4;

    /// <summary>Interrupted by Ctrl+C (the shell's 128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
