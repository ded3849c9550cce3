using System.Diagnostics;
using System.Globalization;
using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Input;
using KnowledgeGraph.Cli.Storage;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg load --db DIR [--graph IRI] FILE...</c>: bulk-load files into the persistent store.</summary>
internal sealed class LoadVerb : IVerb
{
    public string Name => "load";

    public string Summary => "bulk-load RDF files into a persistent store on disk";

    public string Synopsis => "kg load --db DIR [--graph IRI] [--from FMT] [--memory MIB] FILE...";

    public string Description =>
        "Loads each FILE (- is standard input) into the persistent store in DIR, creating the store when DIR holds\n" +
        "none. Each file is one transaction: it is in the store completely once its line is printed, and a file that\n" +
        "fails (a syntax error, an interruption, a crash) leaves nothing behind; files before it stay loaded. --graph\n" +
        "puts the triples of triple formats into the named graph IRI (default: the default graph); quad formats keep\n" +
        "their graphs. Memory stays within --memory (default 256 MiB) whatever the size of the files. Another process\n" +
        "writing DIR at the same time is an I/O error.";

    public IReadOnlyList<string> Examples { get; } =
    [
        "kg load --db store data.ttl more.nq",
        "kg load --db store --graph http://example.org/g people.nt",
    ];

    private readonly Option<string> _db = VerbOptions.Value("--db", "DIR", "the store's directory (created when absent)");
    private readonly Option<string> _graph = VerbOptions.Value("--graph", "IRI", "named graph for the triples of triple formats (default: the default graph)");
    private readonly Option<string> _from = VerbOptions.Value("--from", "FMT", "format of every FILE (default: from each extension)").Completing(CliFormats.ReadableNames);
    private readonly Option<string> _memory = VerbOptions.Value("--memory", "MIB", "memory for the loader's sorted runs and term cache, in MiB (default 256)");

    public IReadOnlyList<Option> Options => [_db, _graph, _from, _memory];

    public Argument<string[]> Positionals { get; } = VerbOptions.Positionals("FILE");

    public int Run(ParseResult args, CliContext context)
    {
        var dir = args.GetValue(_db) ?? throw new UsageException("--db DIR is required", Name);
        var files = args.GetValue(Positionals) ?? [];
        if (files.Length == 0) throw new UsageException("give at least one FILE", Name);
        NamedNode? graph = null;
        if (args.GetValue(_graph) is { } iri)
        {
            if (!NamedNode.TryCreate(iri, out var name)) throw new UsageException($"--graph needs an absolute IRI, not '{iri}'", Name);
            graph = name;
        }
        long? memory = null;
        if (args.GetValue(_memory) is { } m)
        {
            if (!long.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) || mib < 1 || mib > 1 << 20)
                throw new UsageException($"--memory needs a whole number of MiB (1 or more), not '{m}'", Name);
            memory = mib << 20;
        }
        var formats = files.Select(file => CliFormats.ForReading(args.GetValue(_from), file, Name)).ToList();

        using var store = StoreAccess.OpenForWriting(context, dir, create: true, memory);
        for (int i = 0; i < files.Length; i++)
        {
            var file = files[i];
            var clock = Stopwatch.StartNew();
            using var loader = store.BeginLoad(new BulkLoadOptions { Graph = formats[i].HoldsDatasets ? null : graph }, context.Cancellation);
            RdfLoader.Read(context, file, formats[i], null, loader);
            loader.Commit();
            context.Info($"{dir}: loaded {loader.Count:N0} quads from {file} in {clock.Elapsed.TotalSeconds:F1}s");
        }
        return ExitCodes.Success;
    }
}
