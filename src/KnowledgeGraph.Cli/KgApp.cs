using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Verbs;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> entry point without the console: parses the command line (System.CommandLine, through
/// <see cref="KgCommandLine"/>), runs the verb and maps errors to exit codes. Tests call <see cref="Run"/> in-process.</summary>
internal static class KgApp
{
    public static IReadOnlyList<IVerb> Verbs { get; } =
        [new ConvertVerb(), new QueryVerb(), new UpdateVerb(), new BuildVerb(), new StatsVerb(), new ValidateVerb(), new ServeVerb(), new LoadVerb(), new CompletionVerb()];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        // Numbers in tables and statistics read the same whatever the user's locale; output never depends on it.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return RunVerb(args, context);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static int RunVerb(IReadOnlyList<string> args, CliContext context)
    {
        try
        {
            int code = Dispatch(args, context);
            context.Out.Flush();
            return code;
        }
        catch (Exception e)
        {
            try { context.Out.Flush(); }
            catch (IOException) { /* standard output closed (a pipe whose reader went away): nothing more to say */ }
            return ErrorReporter.Report(e, context);
        }
    }

    private static int Dispatch(IReadOnlyList<string> args, CliContext context)
    {
        var commandLine = KgCommandLine.Instance;
        if (args.Count == 0)
        {
            // Bare `kg` is a usage error: the help goes to standard error so it never pollutes piped output.
            HelpText.WriteTop(context.Error);
            return ExitCodes.Usage;
        }
        var result = commandLine.Parse(args);
        if (commandLine.IsCompletionRequest(result))
            return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        var first = result.Tokens[0];
        if (first.Type == TokenType.Option && first.Value == commandLine.Version.Name)
        {
            context.Out.WriteLine(HelpText.Version);
            return ExitCodes.Success;
        }
        if (first.Type == TokenType.Option || (first.Type == TokenType.Command && first.Value == commandLine.HelpCommand.Name))
        {
            // kg --help [VERB], kg help [VERB]: whatever follows the verb is not looked at.
            var named = result.Tokens.Count > 1 ? Verbs.FirstOrDefault(v => v.Name == result.Tokens[1].Value) : null;
            if (named is null) HelpText.WriteTop(context.Out);
            else HelpText.WriteVerb(context.Out, named);
            return ExitCodes.Success;
        }
        var verb = first.Type == TokenType.Command ? commandLine.VerbOf(result) : null;
        if (verb is null) throw new UsageException($"unknown verb '{args[0]}' (verbs: {string.Join(", ", Verbs.Select(x => x.Name))})");
        if (UsageErrors.Find(result, verb.Name, args) is { } usage) throw usage;
        context.Quiet = result.GetValue(commandLine.Quiet);
        context.Verbose = result.GetValue(commandLine.Verbose);
        if (result.GetValue(commandLine.Help))
        {
            HelpText.WriteVerb(context.Out, verb);
            return ExitCodes.Success;
        }
        return verb.Run(result, context);
    }
}
