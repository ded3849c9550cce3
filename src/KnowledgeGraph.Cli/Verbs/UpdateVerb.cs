using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Cli.Query;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg update [--data …] [--named …] [--db DIR] [--base IRI] [-o OUTPUT] [--to FMT] (--update-file FILE | UPDATE-TEXT)</c>.</summary>
internal sealed class UpdateVerb : IVerb
{
    public string Name => "update";

    public string Summary => "run a SPARQL 1.1 Update request over RDF files and write the result";

    public string Synopsis =>
        "kg update [--data FILE | --data IRI=FILE]... [--named IRI=FILE]... [--db DIR] [--base IRI]\n" +
        "                 [-o OUTPUT] [--to FMT] (--update-file FILE | UPDATE-TEXT)";

    public string Description =>
        "Loads the --data files into the default graph (quad formats add their named graphs) and each --named file as\n" +
        "the named graph IRI, runs the update request, and writes the resulting dataset to OUTPUT (default standard\n" +
        "output) as --to (default trig; nquads for a line-per-quad dump). The request is atomic: every operation in it\n" +
        "applies, or none does. LOAD reads local files and file: IRIs only; the network is never used.\n" +
        "With --db DIR the request changes the persistent store in DIR in one transaction and nothing is written; a DIR\n" +
        "holding no store, or one another process has open for writing, is an I/O error.";

    public IReadOnlyList<string> Examples { get; } =
    [
        "kg update --data story.ttl -o story.ttl 'PREFIX ex: <http://example.org/> DELETE WHERE { ex:claim7 ?p ?o }'",
        "kg update --data a.ttl --named http://example.org/g=b.ttl --update-file changes.ru --to nquads",
    ];

    private readonly Option<string[]> _data = VerbOptions.Data();
    private readonly Option<string[]> _named = VerbOptions.Named();
    private readonly Option<string> _db = VerbOptions.Value("--db", "DIR", "change the persistent store in DIR instead (see kg load); nothing is written");
    private readonly Option<string> _base = VerbOptions.Value("--base", "IRI", "base IRI of the request (default: the --update-file's own file: IRI)");
    private readonly Option<string> _updateFile = VerbOptions.Value("--update-file", "FILE", "read the request from FILE (- for standard input)");
    private readonly Option<string> _output = VerbOptions.Value("--output", "OUTPUT", "write the resulting dataset to OUTPUT instead of standard output", "-o");
    private readonly Option<string> _to = VerbOptions.Value("--to", "FMT", "format of the resulting dataset (default trig)").Completing(CliFormats.AllNames);

    public IReadOnlyList<Option> Options => [_data, _named, _db, _base, _updateFile, _output, _to];

    public Argument<string[]> Positionals { get; } = VerbOptions.Positionals("UPDATE-TEXT");

    public int Run(ParseResult args, CliContext context)
    {
        var db = args.GetValue(_db);
        if (db is not null && (args.GetValue(_output) is not null || args.GetValue(_to) is not null))
            throw new UsageException("-o and --to do not apply to --db: the request changes the store and nothing is written", Name);
        var output = args.GetValue(_output);
        var format = CliFormats.ForWriting(args.GetValue(_to), output, "trig", Name);
        QueryDataset.CheckSpecs(args.Values(_data), args.Values(_named), Name);
        var file = args.GetValue(_updateFile);
        var text = UpdateText(args, context, file);
        var source = file ?? "update";
        var baseIri = args.GetValue(_base) ?? (file is null || file == "-" ? null : RdfInput.FileIri(context.FullPath(file)));
        SparqlUpdate update;
        try
        {
            update = SparqlUpdate.Parse(text, baseIri);
        }
        catch (SparqlSyntaxException e)
        {
            throw new InvalidInputException(source, e.Reason, e.Line, e.Column);
        }
        using var data = QueryDataset.Open(context, db, args.Values(_data), args.Values(_named), Name, write: true);
        try
        {
            using var progress = ProgressDisplay.Start(context, "running the update");
            update.Execute(data.Dataset, new SparqlUpdateOptions(), context.Cancellation);
        }
        catch (SparqlEvaluationException e)
        {
            throw new InvalidInputException(source, e.Message, e.Line ?? 1, e.Column ?? 1);
        }
        if (db is null) RdfOutput.Write(context, data.Dataset, format, output, source);
        return ExitCodes.Success;
    }

    private string UpdateText(ParseResult args, CliContext context, string? file)
    {
        var texts = args.GetValue(Positionals) ?? [];
        if (file is not null && texts.Length > 0)
            throw new UsageException("give the update either as text or with --update-file, not both", Name);
        if (file is null)
        {
            if (texts.Length != 1)
                throw new UsageException(texts.Length == 0 ? "the update is missing (UPDATE-TEXT or --update-file)" : "give the update as one argument (quote it)", Name);
            return texts[0];
        }
        try
        {
            if (file == "-")
            {
                using var stdin = RdfInput.OpenStream(context.OpenStandardInput());
                return stdin.ReadToEnd();
            }
            return File.ReadAllText(context.FullPath(file), RdfInput.StrictUtf8);
        }
        catch (FileNotFoundException e) { throw new CliIoException(file, "no such file", e); }
        catch (DirectoryNotFoundException e) { throw new CliIoException(file, "no such file or directory", e); }
        catch (UnauthorizedAccessException e) { throw new CliIoException(file, "permission denied", e); }
        catch (System.Text.DecoderFallbackException e) { throw new InvalidInputException(file, "the update is not valid UTF-8: " + e.Message); }
    }
}
