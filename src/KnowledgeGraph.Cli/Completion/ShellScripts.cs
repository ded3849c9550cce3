namespace KnowledgeGraph.Cli.Completion;

/// <summary>
/// The completion scripts <c>kg completion SHELL</c> prints, kept as files beside this one (embedded in the
/// assembly). Each asks kg for the candidates with System.CommandLine's <c>[suggest:POSITION]</c> directive, offers
/// options only once the word starts with <c>-</c>, and falls back to the shell's file names when kg has nothing
/// to offer (an INPUT, a FILE).
/// </summary>
internal static class ShellScripts
{
    private static readonly (string Shell, string Resource)[] s_scripts =
        [("bash", "kg.bash"), ("zsh", "kg.zsh"), ("fish", "kg.fish"), ("pwsh", "kg.ps1")];

    /// <summary>The shells with a script, as <c>kg completion</c> takes them.</summary>
    public static IEnumerable<string> Shells => s_scripts.Select(s => s.Shell);

    /// <summary>The script for <paramref name="shell"/>, or null when there is none.</summary>
    public static string? For(string shell)
    {
        var resource = s_scripts.FirstOrDefault(s => s.Shell == shell).Resource;
        if (resource is null) return null;
        using var stream = typeof(ShellScripts).Assembly.GetManifestResourceStream("KnowledgeGraph.Cli.Completion." + resource)
            ?? throw new InvalidOperationException($"the completion script {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
