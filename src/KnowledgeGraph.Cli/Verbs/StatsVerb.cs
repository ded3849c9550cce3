using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Input;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg stats FILE...</c>: the size and shape of the data.</summary>
internal sealed class StatsVerb : IVerb
{
    public string Name => "stats";

    public string Summary => "count triples, subjects, predicates, objects and classes; list the most used predicates";

    public string Synopsis => "kg stats [--from FMT] [--top N] FILE...";

    public string Description =>
        "Reads every FILE (- is standard input) together, as one dataset, and prints the number of triples, of\n" +
        "distinct subjects, predicates and objects, of classes (distinct objects of rdf:type), of named graphs, and\n" +
        "the most used predicates with their counts.";

    public IReadOnlyList<string> Examples { get; } = ["kg stats out/decoupling-story.ttl", "kg stats --top 5 a.ttl b.nt"];

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--from", null, "FMT", "format of every FILE (default: from each extension)"),
        new("--top", null, "N", "how many of the most used predicates to list (default 10)"),
    ];

    public int Run(ParsedArguments args, CliContext context)
    {
        if (args.Positionals.Count == 0) throw new UsageException("give at least one FILE", Name);
        int top = 10;
        if (args.Value("--top") is { } t && (!int.TryParse(t, out top) || top < 0))
            throw new UsageException($"--top needs a whole number, not '{t}'", Name);
        var dataset = new Dataset();
        foreach (var file in args.Positionals)
        {
            var format = CliFormats.ForReading(args.Value("--from"), file, Name);
            RdfLoader.Read(context, file, format, null, new DatasetSink(dataset));
        }
        GraphStatistics.Compute(dataset, context.Cancellation).WriteTo(context.Out, new TermText(dataset.Prefixes), top);
        return ExitCodes.Success;
    }
}
