using System.Globalization;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Verbs;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> entry point without the console: picks the verb, parses its options, runs it and maps
/// errors to exit codes. Tests call <see cref="Run"/> in-process.</summary>
internal static class KgApp
{
    public static IReadOnlyList<IVerb> Verbs { get; } = [new ConvertVerb(), new QueryVerb(), new UpdateVerb(), new BuildVerb(), new StatsVerb(), new ValidateVerb(), new ServeVerb(), new LoadVerb()];

    /// <summary>The options every verb accepts.</summary>
    public static IReadOnlyList<OptionSpec> GlobalOptions { get; } =
    [
        new("--help", "-h", null, "show this help"),
        new("--quiet", "-q", null, "print only results and errors (no progress, no notes)"),
        new("--verbose", "-v", null, "print stack traces with errors"),
    ];

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
            if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
            {
                // Bare `kg` is a usage error: the help goes to standard error so it never pollutes piped output.
                var helpOutput = args.Count == 0 ? context.Error : context.Out;
                if (args.Count > 1 && FindVerb(args[1]) is { } v) HelpText.WriteVerb(helpOutput, v);
                else HelpText.WriteTop(helpOutput);
                helpOutput.Flush();
                return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
            }
            if (args[0] == "--version")
            {
                context.Out.WriteLine(HelpText.Version);
                context.Out.Flush();
                return ExitCodes.Success;
            }
            var verb = FindVerb(args[0]) ?? throw new UsageException($"unknown verb '{args[0]}' (verbs: {string.Join(", ", Verbs.Select(x => x.Name))})");
            var parsed = ArgumentParser.Parse(verb.Name, args.Skip(1).ToList(), [.. verb.Options, .. GlobalOptions]);
            context.Quiet = parsed.Has("--quiet");
            context.Verbose = parsed.Has("--verbose");
            if (parsed.Has("--help"))
            {
                HelpText.WriteVerb(context.Out, verb);
                context.Out.Flush();
                return ExitCodes.Success;
            }
            int code = verb.Run(parsed, context);
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

    private static IVerb? FindVerb(string name) => Verbs.FirstOrDefault(v => v.Name == name);
}
