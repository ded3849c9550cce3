using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Build;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Output;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg build [--out DIR] [--lang TAG]</c>: validates the embedded decoupling graph and writes its exports.</summary>
internal sealed class BuildVerb : IVerb
{
    /// <summary>The formats written for each graph, in order.</summary>
    internal static readonly string[] FormatNames = ["turtle", "ntriples", "jsonld", "graphml", "gexf"];

    /// <summary>The file name stems: the ontology and the story graph.</summary>
    internal const string OntologyStem = "decoupling-ontology";
    internal const string StoryStem = "decoupling-story";

    public string Name => "build";

    public string Summary => "validate the decoupling knowledge graph and write it as Turtle, N-Triples, JSON-LD, GraphML and GEXF";

    public string Synopsis => "kg build [--out DIR] [--lang TAG]";

    public string Description =>
        "Builds the US-China technology decoupling knowledge graph from the data embedded in the package, checks it\n" +
        "against the ontology (domains, ranges, required properties, every event backed by a sourced claim) and writes\n" +
        $"the ontology ({OntologyStem}.*) and the story graph ({StoryStem}.*) to DIR (default ./out) as .ttl, .nt,\n" +
        ".jsonld, .graphml and .gexf; the GraphML and GEXF label nodes in --lang (default en) and keep every language's\n" +
        "label as label_en, label_zh-Hans, .... Violations are listed and nothing is written (exit code 1).";

    public IReadOnlyList<string> Examples { get; } =
        ["kg build", "kg build --out /tmp/decoupling && kg stats /tmp/decoupling/decoupling-story.ttl", "kg build --lang zh-Hans"];

    private readonly Option<string> _out = VerbOptions.Value("--out", "DIR", "the folder to write to (default ./out; created if missing)");
    private readonly Option<string> _lang = LanguageOption.Create();

    public IReadOnlyList<Option> Options => [_out, _lang];

    public Argument<string[]> Positionals { get; } = VerbOptions.NoPositionals();

    public int Run(ParseResult args, CliContext context)
    {
        if (args.GetValue(Positionals) is [var extra, ..]) throw new UsageException($"unexpected argument '{extra}'", Name);
        var outArg = args.GetValue(_out) ?? "out";
        var language = LanguageOption.Read(args, _lang, Name);
        Graph ontology, story;
        using (ProgressDisplay.Start(context, "building the graph"))
        {
            ontology = StorySource.LoadOntology();
            story = StorySource.LoadStory();
        }
        var violations = StorySource.Validate(story, ontology);
        if (violations.Count > 0)
        {
            context.Error.WriteLine($"{StoryStem}:1:1: the story graph breaks the ontology in {violations.Count} place(s):");
            foreach (var v in violations) context.Error.WriteLine("  - " + v);
            return ExitCodes.InvalidInput;
        }
        var dir = context.FullPath(outArg);
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliIoException(outArg, "cannot create the folder: " + e.Message, e);
        }
        int written = 0;
        foreach (var (graph, stem) in new[] { (ontology, OntologyStem), (story, StoryStem) })
            foreach (var name in FormatNames)
            {
                var format = CliFormats.FromName(name)!;
                try
                {
                    RdfOutput.Write(context, graph, format, Path.Combine(outArg, stem + format.Extensions[0]), language);
                    written++;
                }
                catch (NotSupportedException e)
                {
                    // A writer still missing from this build (while the library is being written) must not stop
                    // the other exports; it is reported, never silently skipped.
                    context.Error.WriteLine($"kg: {stem}{format.Extensions[0]} not written: the {name} writer is not available ({e.Message})");
                }
            }
        context.Info($"wrote {written} files to {outArg}: the ontology ({ontology.Count:N0} triples) and the story graph ({story.Count:N0} triples)");
        return ExitCodes.Success;
    }
}
