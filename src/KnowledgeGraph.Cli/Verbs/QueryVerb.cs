using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Cli.Query;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg query [--data …] [--named …] (--query-file FILE | QUERY-TEXT)</c>.</summary>
internal sealed class QueryVerb : IVerb
{
    private static readonly string[] s_resultFormats = ["table", "json", "xml", "csv", "tsv"];

    public string Name => "query";

    public string Summary => "run a SPARQL 1.1 query over RDF files";

    public string Synopsis =>
        "kg query [--data FILE | --data IRI=FILE]... [--named IRI=FILE]... [--db DIR] [--base IRI]\n" +
        "                [--results table|json|xml|csv|tsv] [--to FMT] [--timeout SECONDS] [-o OUTPUT] [--endpoint URL]\n" +
        "                (--query-file FILE | QUERY-TEXT)";

    public string Description =>
        "Loads the --data files into the default graph (N-Quads, TriG and JSON-LD add their named graphs as named\n" +
        "graphs; with IRI=FILE, IRI is the file's base IRI) and each --named file as the named graph IRI, then runs\n" +
        "the query. FROM / FROM NAMED select among the loaded graphs; a file: IRI naming no loaded graph is read from\n" +
        "disk. SELECT and ASK print results as --results (default: a table that fits the terminal; json, xml, csv and\n" +
        "tsv are the SPARQL 1.1 results formats); CONSTRUCT and DESCRIBE print a graph as --to (default turtle).\n" +
        "With --endpoint URL the query goes to a remote SPARQL 1.1 Protocol endpoint and its answer prints the same way.\n" +
        "With --db DIR it runs on the persistent store in DIR (see kg load), read-only, on a snapshot: a process writing\n" +
        "the store meanwhile is not disturbed. A DIR holding no store is an I/O error.";

    public IReadOnlyList<string> Examples { get; } =
    [
        "kg query --data out/decoupling-story.ttl 'SELECT ?s ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } LIMIT 10'",
        "kg query --data a.ttl --named http://example.org/g=b.ttl --results json --query-file q.rq",
    ];

    private readonly Option<string[]> _data = VerbOptions.Data();
    private readonly Option<string[]> _named = VerbOptions.Named();
    private readonly Option<string> _db = VerbOptions.Value("--db", "DIR", "query the persistent store in DIR instead of files (see kg load)");
    private readonly Option<string> _base = VerbOptions.Value("--base", "IRI", "base IRI of the query (default: the --query-file's own file: IRI)");
    private readonly Option<string> _results = VerbOptions.Value("--results", "FMT", "SELECT/ASK output: table (default), json, xml, csv, tsv").Completing(s_resultFormats);
    private readonly Option<string> _to = VerbOptions.Value("--to", "FMT", "CONSTRUCT/DESCRIBE output format (default turtle)").Completing(CliFormats.AllNames);
    private readonly Option<string> _timeout = VerbOptions.Value("--timeout", "SECONDS", "stop the query after this many seconds");
    private readonly Option<string> _queryFile = VerbOptions.Value("--query-file", "FILE", "read the query from FILE (- for standard input)");
    private readonly Option<string> _endpoint = VerbOptions.Value("--endpoint", "URL", "send the query to a remote SPARQL 1.1 Protocol endpoint (no --data/--named then)");
    private readonly Option<string> _output = VerbOptions.Value("--output", "OUTPUT", "write the results to OUTPUT instead of standard output", "-o");

    public IReadOnlyList<Option> Options => [_data, _named, _db, _base, _results, _to, _timeout, _queryFile, _endpoint, _output];

    public Argument<string[]> Positionals { get; } = VerbOptions.Positionals("QUERY-TEXT");

    public int Run(ParseResult args, CliContext context)
    {
        var resultsFormat = args.GetValue(_results) ?? "table";
        if (!s_resultFormats.Contains(resultsFormat))
            throw new UsageException($"unknown results format '{resultsFormat}' (table, json, xml, csv, tsv)", Name);
        var output = args.GetValue(_output);
        // A results file (-o r.json) need not have an RDF extension: the extension picks the graph format only
        // when it names one.
        var graphFormat = args.GetValue(_to) is null && output is not null && CliFormats.FromPath(output) is null
            ? CliFormats.FromName("turtle")!
            : CliFormats.ForWriting(args.GetValue(_to), output, "turtle", Name);
        TimeSpan? timeout = null;
        if (args.GetValue(_timeout) is { } t)
        {
            if (!double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                throw new UsageException($"--timeout needs a positive number of seconds, not '{t}'", Name);
            timeout = TimeSpan.FromSeconds(seconds);
        }
        if (args.GetValue(_endpoint) is { } endpoint)
        {
            if (args.Values(_data).Count > 0 || args.Values(_named).Count > 0 || args.GetValue(_db) is not null)
                throw new UsageException("--data, --named and --db do not apply to a remote --endpoint", Name);
            return RemoteQuery.Run(context, endpoint, QueryText(args, context), args.GetValue(_base), resultsFormat, graphFormat, output, timeout);
        }
        QueryDataset.CheckSpecs(args.Values(_data), args.Values(_named), Name);
        var text = QueryText(args, context);
        // Like convert's input, a query file's base defaults to the file's own IRI, so FROM <data.ttl> next to it works.
        var queryFile = args.GetValue(_queryFile);
        var baseIri = args.GetValue(_base) ?? (queryFile is null || queryFile == "-" ? null : RdfInput.FileIri(context.FullPath(queryFile)));
        var query = Parse(text, baseIri, queryFile);
        using var data = QueryDataset.Open(context, args.GetValue(_db), args.Values(_data), args.Values(_named), Name);
        var options = new SparqlQueryOptions { Timeout = timeout, GraphResolver = data.Resolve };

        SparqlResult result;
        try
        {
            using var progress = ProgressDisplay.Start(context, "running the query");
            result = SparqlBridge.Execute(query, data.Dataset, options, context.Cancellation);
        }
        catch (OperationCanceledException) when (!context.Cancellation.IsCancellationRequested && timeout is not null)
        {
            throw new SparqlEvaluationException($"the query did not finish within {args.GetValue(_timeout)} seconds (--timeout)");
        }

        if (result.Kind == SparqlResultKind.Graph)
        {
            SparqlBridge.AddPrefixes(result.Graph, data.Dataset.Prefixes, query);
            RdfOutput.Write(context, result.Graph, graphFormat, output);
            return ExitCodes.Success;
        }
        using var target = OutputTarget.Open(context, output);
        if (resultsFormat != "table") SparqlBridge.WriteResults(target.Writer, result, resultsFormat);
        else if (result.Kind == SparqlResultKind.Boolean) target.Writer.WriteLine(result.Boolean ? "true" : "false");
        else ResultTable.Write(target.Writer, result.ResultSet, new TermText(data.Dataset.Prefixes), output is null or "-" ? context.TerminalWidth : null);
        target.Commit();
        return ExitCodes.Success;
    }

    /// <summary>Parses the query; a syntax error in a query file names the file rather than "query".</summary>
    private static SparqlQuery Parse(string text, string? baseIri, string? file)
    {
        try
        {
            return SparqlBridge.Parse(text, baseIri);
        }
        catch (SparqlSyntaxException e) when (file is not null)
        {
            throw new InvalidInputException(file, e.Reason, e.Line, e.Column);
        }
    }

    private string QueryText(ParseResult args, CliContext context)
    {
        var file = args.GetValue(_queryFile);
        var texts = args.GetValue(Positionals) ?? [];
        if (file is not null && texts.Length > 0)
            throw new UsageException("give the query either as text or with --query-file, not both", Name);
        if (file is null)
        {
            if (texts.Length != 1)
                throw new UsageException(texts.Length == 0 ? "the query is missing (QUERY-TEXT or --query-file)" : "give the query as one argument (quote it)", Name);
            return texts[0];
        }
        try
        {
            if (file == "-")
            {
                using var stdin = Syntax.RdfInput.OpenStream(context.OpenStandardInput());
                return stdin.ReadToEnd();
            }
            return File.ReadAllText(context.FullPath(file), Syntax.RdfInput.StrictUtf8);
        }
        catch (FileNotFoundException e) { throw new CliIoException(file, "no such file", e); }
        catch (DirectoryNotFoundException e) { throw new CliIoException(file, "no such file or directory", e); }
        catch (UnauthorizedAccessException e) { throw new CliIoException(file, "permission denied", e); }
        catch (System.Text.DecoderFallbackException e) { throw new InvalidInputException(file, "the query is not valid UTF-8: " + e.Message); }
    }
}
