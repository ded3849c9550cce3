using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Input;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Cli.Storage;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg stats FILE...</c>: the size and shape of the data.</summary>
internal sealed class StatsVerb : IVerb
{
    public string Name => "stats";

    public string Summary => "count triples, subjects, predicates, objects and classes; list the most used predicates";

    public string Synopsis => "kg stats [--from FMT] [--top N] FILE... | kg stats [--top N] --db DIR";

    public string Description =>
        "Reads every FILE (- is standard input) together, as one dataset, and prints the number of triples, of\n" +
        "distinct subjects, predicates and objects, of classes (distinct objects of rdf:type), of named graphs, and\n" +
        "the most used predicates with their counts. --db DIR counts the persistent store in DIR instead (read-only,\n" +
        "on a snapshot).";

    public IReadOnlyList<string> Examples { get; } = ["kg stats out/decoupling-story.ttl", "kg stats --top 5 a.ttl b.nt", "kg stats --db store"];

    private readonly Option<string> _from = VerbOptions.Value("--from", "FMT", "format of every FILE (default: from each extension)").Completing(CliFormats.ReadableNames);
    private readonly Option<string> _top = VerbOptions.Value("--top", "N", "how many of the most used predicates to list (default 10)");
    private readonly Option<string> _db = VerbOptions.Value("--db", "DIR", "the persistent store in DIR instead of FILEs (see kg load)");

    public IReadOnlyList<Option> Options => [_from, _top, _db];

    public Argument<string[]> Positionals { get; } = VerbOptions.Positionals("FILE");

    public int Run(ParseResult args, CliContext context)
    {
        var db = args.GetValue(_db);
        var files = args.GetValue(Positionals) ?? [];
        if (db is null && files.Length == 0) throw new UsageException("give at least one FILE, or --db DIR", Name);
        if (db is not null && files.Length > 0) throw new UsageException("give FILEs or --db DIR, not both", Name);
        int top = 10;
        if (args.GetValue(_top) is { } t && (!int.TryParse(t, out top) || top < 0))
            throw new UsageException($"--top needs a whole number, not '{t}'", Name);
        if (db is not null)
        {
            using var store = StoreAccess.OpenForReading(context, db);
            using var reader = store.Read();
            GraphStatistics.Compute(reader, context.Cancellation).WriteTo(context.Out, new TermText(null), top);
            return ExitCodes.Success;
        }
        var dataset = new Dataset();
        foreach (var file in files)
        {
            var format = CliFormats.ForReading(args.GetValue(_from), file, Name);
            RdfLoader.Read(context, file, format, null, new DatasetSink(dataset));
        }
        GraphStatistics.Compute(dataset, context.Cancellation).WriteTo(context.Out, new TermText(dataset.Prefixes), top);
        return ExitCodes.Success;
    }
}
