using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Completion;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg completion bash|zsh|fish|pwsh</c>: prints the shell's completion script for kg.</summary>
internal sealed class CompletionVerb : IVerb
{
    public string Name => "completion";

    public string Summary => "print the shell completion script for bash, zsh, fish or PowerShell";

    public string Synopsis => "kg completion " + string.Join('|', ShellScripts.Shells);

    public string Description =>
        "Prints a script that makes the shell complete kg's verbs, options and the values of options with fixed\n" +
        "choices (formats, result formats), and file names elsewhere. The script asks kg itself, through\n" +
        "kg '[suggest:POSITION]' 'COMMAND LINE', so completions follow the installed kg; nothing else is needed.\n" +
        "Load it from the shell's start-up file (see the examples).";

    public IReadOnlyList<string> Examples { get; } =
    [
        "kg completion bash >> ~/.bashrc",
        "kg completion zsh > \"${fpath[1]}/_kg\"      # or: source <(kg completion zsh) in ~/.zshrc",
        "kg completion fish > ~/.config/fish/completions/kg.fish",
        "kg completion pwsh >> $PROFILE",
    ];

    public IReadOnlyList<Option> Options => [];

    public Argument<string[]> Positionals { get; } = VerbOptions.Positionals("SHELL");

    public CompletionVerb() => Positionals.CompletionSources.Add(ShellScripts.Shells.ToArray());

    public int Run(ParseResult args, CliContext context)
    {
        var shells = args.GetValue(Positionals) ?? [];
        if (shells.Length != 1)
            throw new UsageException(shells.Length == 0 ? "name the shell: " + string.Join(", ", ShellScripts.Shells) : "name one shell", Name);
        var script = ShellScripts.For(shells[0])
            ?? throw new UsageException($"no completion script for '{shells[0]}' (shells: {string.Join(", ", ShellScripts.Shells)})", Name);
        context.Out.Write(script);
        return ExitCodes.Success;
    }
}
