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

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--output", "-o", "OUTPUT", "where to write (default: standard output; - is standard output)"),
        new("--from", null, "FMT", "input format (default: from INPUT's extension)"),
        new("--to", null, "FMT", "output format (default: from OUTPUT's extension, else turtle)"),
        new("--base", null, "IRI", "base IRI of INPUT (default: the file's file: IRI)"),
        LanguageOption.Spec,
    ];

    public int Run(ParsedArguments args, CliContext context)
    {
        if (args.Positionals.Count != 1)
            throw new UsageException(args.Positionals.Count == 0 ? "INPUT is missing" : "only one INPUT can be converted at a time", Name);
        var input = args.Positionals[0];
        var output = args.Value("--output");
        var from = CliFormats.ForReading(args.Value("--from"), input, Name);
        var to = CliFormats.ForWriting(args.Value("--to"), output, "turtle", Name);
        var language = LanguageOption.Read(args, Name);
        if (StreamingConversion.Applies(to))
        {
            StreamingConversion.Run(context, input, from, args.Value("--base"), to, output);
            return ExitCodes.Success;
        }
        var dataset = RdfLoader.LoadDataset(context, input, from, args.Value("--base"));
        RdfOutput.Write(context, dataset, to, output, input, language);
        return ExitCodes.Success;
    }
}
