using System.CommandLine;
using System.Runtime.InteropServices;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Query;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg serve [--db DIR | --data FILE...] [--bind HOST:PORT] [--read-only] [--timeout SECONDS]</c>.</summary>
internal sealed class ServeVerb : IVerb
{
    public string Name => "serve";

    public string Summary => "serve the dataset over HTTP (SPARQL 1.1 Protocol and Graph Store Protocol)";

    public string Synopsis => "kg serve [--db DIR | --data FILE...] [--bind HOST:PORT] [--read-only] [--timeout SECONDS]";

    public string Description =>
        "Serves the dataset over HTTP until interrupted: the SPARQL 1.1 Protocol (query, and update unless --read-only)\n" +
        "at /sparql, the Graph Store HTTP Protocol at /store, and a query page at /. Default bind 127.0.0.1:7878\n" +
        "(loopback only). Without an Accept header, SELECT/ASK answer in SPARQL Results JSON and CONSTRUCT/DESCRIBE in\n" +
        "Turtle. Over --data, updates change the served dataset in memory only; the files are not rewritten. Over --db,\n" +
        "updates change the persistent store, each request one transaction; with --read-only the store is opened\n" +
        "read-only, on the state committed at start, so another process may keep writing it.";

    public IReadOnlyList<string> Examples { get; } =
    [
        "kg serve --data out/decoupling-story.ttl",
        "kg serve --db store --read-only",
        "kg serve --data a.ttl --named http://example.org/g=b.ttl --bind 127.0.0.1:8080 --read-only --timeout 30",
    ];

    private readonly Option<string[]> _data = VerbOptions.Data();
    private readonly Option<string[]> _named = VerbOptions.Named();
    private readonly Option<string> _db = VerbOptions.Value("--db", "DIR", "serve the persistent store in DIR");
    private readonly Option<string> _bind = VerbOptions.Value("--bind", "HOST:PORT", "address to listen on (default 127.0.0.1:7878; port 0 picks a free one)");
    private readonly Option<bool> _readOnly = VerbOptions.Flag("--read-only", "refuse SPARQL Update and Graph Store writes");
    private readonly Option<string> _timeout = VerbOptions.Value("--timeout", "SECONDS", "longest a query may run (default 60)");
    private readonly Option<bool> _allowService = VerbOptions.Flag("--allow-service", "let queries reach other endpoints through SERVICE");

    public IReadOnlyList<Option> Options => [_data, _named, _db, _bind, _readOnly, _timeout, _allowService];

    public Argument<string[]> Positionals { get; } = VerbOptions.NoPositionals();

    public int Run(ParseResult args, CliContext context)
    {
        if (args.GetValue(Positionals) is [var extra, ..]) throw new UsageException($"unexpected argument '{extra}'", Name);
        var options = new SparqlServerOptions
        {
            Bind = args.GetValue(_bind) ?? SparqlServerOptions.DefaultBind,
            ReadOnly = args.GetValue(_readOnly),
            ServiceClient = args.GetValue(_allowService) ? new HttpSparqlServiceClient() : null,
        };
        if (args.GetValue(_timeout) is { } t)
        {
            if (!double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                throw new UsageException($"--timeout needs a positive number of seconds, not '{t}'", Name);
            options.QueryTimeout = TimeSpan.FromSeconds(seconds);
        }
        QueryDataset.CheckSpecs(args.Values(_data), args.Values(_named), Name);
        // A read-only server opens the store read-only too, so it can serve beside a process loading it.
        using var data = QueryDataset.Open(context, args.GetValue(_db), args.Values(_data), args.Values(_named), Name, write: !options.ReadOnly);
        return Serve(data.Dataset, options, context).GetAwaiter().GetResult();
    }

    private static async Task<int> Serve(Dataset dataset, SparqlServerOptions options, CliContext context)
    {
        SparqlServer server;
        try
        {
            server = new SparqlServer(dataset, options);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter")[0], "serve");
        }
        await using (server)
        {
            try
            {
                await server.StartAsync(context.Cancellation);
            }
            catch (ArgumentException e)
            {
                throw new UsageException("--bind " + e.Message.Split(" (Parameter")[0], "serve");
            }
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
            // A service manager stops us with SIGTERM: shut down as cleanly as on Ctrl+C.
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            context.Info($"kg serve: listening on {server.BaseAddress} (SPARQL at {server.QueryEndpoint}, graphs at {server.GraphStoreEndpoint}){(options.ReadOnly ? ", read-only" : "")}; Ctrl+C stops");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
            context.Info("kg serve: stopped");
        }
        return ExitCodes.Success;
    }
}
