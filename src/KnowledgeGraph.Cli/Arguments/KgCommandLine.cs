using System.CommandLine;
using System.CommandLine.Completions;
using KnowledgeGraph.Cli.Verbs;

namespace KnowledgeGraph.Cli.Arguments;

/// <summary>
/// kg's command tree for System.CommandLine: the root <c>kg</c> with <c>--help</c>/<c>-h</c> and <c>--version</c>,
/// <c>help [VERB]</c>, and one command per verb with the verb's options, the options every verb accepts and its
/// positional arguments. The root keeps the library's <c>[suggest:POSITION]</c> directive, which the scripts of
/// <c>kg completion</c> call to complete a command line. Built once per process and not changed afterwards; kg
/// parses one command line per run (the tests, many in turn).
/// </summary>
internal sealed class KgCommandLine
{
    // Response files (@file) and POSIX bundling (-qv) stay off: a word beginning with @ is a file name to kg, and a
    // single-dash word that is not one of kg's short options is an unknown option, as it always was.
    private static readonly ParserConfiguration s_configuration = new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };

    private static readonly Lazy<KgCommandLine> s_instance = new(() => new KgCommandLine(KgApp.Verbs));

    private readonly Dictionary<Command, IVerb> _verbs = [];
    private readonly SuggestDirective _suggest;

    private KgCommandLine(IReadOnlyList<IVerb> verbs)
    {
        Root = new RootCommand("kg: convert RDF, run SPARQL, and build the decoupling knowledge graph.");
        // The library's own --help and --version print its help and bare version; kg prints its own.
        Root.Options.Clear();
        Root.Options.Add(TopHelp);
        Root.Options.Add(Version);
        _suggest = Root.Directives.OfType<SuggestDirective>().Single();
        foreach (var verb in verbs)
        {
            var command = new Command(verb.Name, verb.Summary);
            foreach (var option in verb.Options) command.Options.Add(option);
            command.Options.Add(Help);
            command.Options.Add(Quiet);
            command.Options.Add(Verbose);
            command.Arguments.Add(verb.Positionals);
            Root.Subcommands.Add(command);
            _verbs[command] = verb;
        }
        HelpCommand.Arguments.Add(HelpVerb);
        HelpVerb.CompletionSources.Add(verbs.Select(v => v.Name).ToArray());
        Root.Subcommands.Add(HelpCommand);
    }

    /// <summary>The tree of <see cref="KgApp.Verbs"/>.</summary>
    public static KgCommandLine Instance => s_instance.Value;

    public RootCommand Root { get; }

    /// <summary><c>kg --help</c> (or <c>-h</c>): the top-level help, or a verb's when the verb follows.</summary>
    public Option<bool> TopHelp { get; } = VerbOptions.Flag("--help", "show this help", "-h");

    /// <summary><c>kg --version</c>.</summary>
    public Option<bool> Version { get; } = VerbOptions.Flag("--version", "show the version");

    /// <summary>The options every verb accepts.</summary>
    public Option<bool> Help { get; } = VerbOptions.Flag("--help", "show this help", "-h");

    public Option<bool> Quiet { get; } = VerbOptions.Flag("--quiet", "print only results and errors (no progress, no notes)", "-q");

    public Option<bool> Verbose { get; } = VerbOptions.Flag("--verbose", "print stack traces with errors", "-v");

    /// <summary><c>kg help [VERB]</c>, the same as <c>kg --help [VERB]</c>.</summary>
    public Command HelpCommand { get; } = new("help", "show the help, or a verb's help");

    public Argument<string[]> HelpVerb { get; } = VerbOptions.Positionals("VERB");

    /// <summary>The options every verb accepts, in the order its help lists them.</summary>
    public IReadOnlyList<Option> GlobalOptions => [Help, Quiet, Verbose];

    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args, s_configuration);

    /// <summary>The verb whose command <paramref name="result"/> ended in, or null (the root, <c>help</c>).</summary>
    public IVerb? VerbOf(ParseResult result) => _verbs.GetValueOrDefault(result.CommandResult.Command);

    /// <summary>True when the command line is <c>kg [suggest:POSITION] "LINE"</c>, the shell asking for completions.</summary>
    public bool IsCompletionRequest(ParseResult result) => result.GetResult(_suggest) is not null;
}
