using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Input;
using KnowledgeGraph.Cli.Output;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg convert INPUT [-o OUTPUT] [--from FMT] [--to FMT] [--base IRI] [--lang TAG]</c>.</summary>
internal sealed class ConvertVerb : IVerb
{
    public string Name => "convert";

    public string Summary => "read RDF in one format and write it in another (or as GraphML, GEXF, DOT)";

    public string Synopsis => "kg convert INPUT [-o OUTPUT] [--from FMT] [--to FMT] [--base IRI] [--lang TAG]";

    public string Description =>
        "Reads INPUT (a file, or - for standard input) and writes it in another format, to OUTPUT or standard output.\n" +
        "The input format is --from, else INPUT's extension (standard input: turtle); the output format is --to, else\n" +
        $"OUTPUT's extension, else turtle. Formats: {CliFormats.Names}.\n" +
        "--base is INPUT's base IRI; by default a file's own absolute file: IRI. --lang is the language graph exports\n" +
        "label nodes in. OUTPUT is written to a temporary file and moved into place, so a failed conversion never\n" +
        "leaves a half-written file. N-Triples and N-Quads are written statement by statement as INPUT is read, so\n" +
        "their memory stays flat whatever INPUT's size; Turtle and TriG output is laid out (subjects sorted, blank\n" +
        "nodes nested) from the whole graph.";

    public IReadOnlyList<string> Examples { get; } =
    [
        "kg convert data.ttl -o data.nt",
        "kg convert data.rdf --to jsonld > data.jsonld",
        "curl -s https://example.org/data.nt | kg convert - --from ntriples --to turtle",
        "kg convert out/decoupling-story.ttl -o story-zh.gexf --lang zh-Hans",
    ];

    private readonly Option<string> _output = VerbOptions.Value("--output", "OUTPUT", "where to write (default: standard output; - is standard output)", "-o");
    private readonly Option<string> _from = VerbOptions.Value("--from", "FMT", "input format (default: from INPUT's extension)").Completing(CliFormats.ReadableNames);
    private readonly Option<string> _to = VerbOptions.Value("--to", "FMT", "output format (default: from OUTPUT's extension, else turtle)").Completing(CliFormats.AllNames);
    private readonly Option<string> _base = VerbOptions.Value("--base", "IRI", "base IRI of INPUT (default: the file's file: IRI)");
    private readonly Option<string> _lang = LanguageOption.Create();

    public IReadOnlyList<Option> Options => [_output, _from, _to, _base, _lang];

    public Argument<string[]> Positionals { get; } = VerbOptions.Positionals("INPUT");

    public int Run(ParseResult args, CliContext context)
    {
        var inputs = args.GetValue(Positionals) ?? [];
        if (inputs.Length != 1)
            throw new UsageException(inputs.Length == 0 ? "INPUT is missing" : "only one INPUT can be converted at a time", Name);
        var input = inputs[0];
        var output = args.GetValue(_output);
        var from = CliFormats.ForReading(args.GetValue(_from), input, Name);
        var to = CliFormats.ForWriting(args.GetValue(_to), output, "turtle", Name);
        var language = LanguageOption.Read(args, _lang, Name);
        if (StreamingConversion.Applies(to))
        {
            StreamingConversion.Run(context, input, from, args.GetValue(_base), to, output);
            return ExitCodes.Success;
        }
        var dataset = RdfLoader.LoadDataset(context, input, from, args.GetValue(_base));
        RdfOutput.Write(context, dataset, to, output, input, language);
        return ExitCodes.Success;
    }
}
