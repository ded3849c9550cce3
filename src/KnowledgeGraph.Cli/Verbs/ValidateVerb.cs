using KnowledgeGraph.Model;
using System.CommandLine;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Input;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Cli.Validate;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Verbs;

/// <summary><c>kg validate --shapes FILE [--results table|turtle|json] DATA...</c>: SHACL validation.</summary>
internal sealed class ValidateVerb : IVerb
{

    public string Name => "validate";

    public string Summary => "check data against SHACL shapes (exit 4 when it does not conform)";

    public string Synopsis => "kg validate --shapes FILE [--results table|turtle|json] DATA...";

    public string Description =>
        "SHACL validation (Core and SHACL-SPARQL) of DATA against the shapes graph in FILE. Every DATA file is read\n" +
        "into one data graph (the triples of every graph of a quad format). Prints the validation report: a table\n" +
        "by default, turtle for the W3C sh:ValidationReport graph, json for one object per result.\n" +
        "Exit 0 when DATA conforms, 4 when it does not, 1 for a syntax error in DATA or in the shapes.";

    public IReadOnlyList<string> Examples { get; } =
    [
        "kg validate --shapes ontology/decoupling-shapes.ttl out/decoupling-story.ttl",
        "kg validate --shapes shapes.ttl --results turtle data.ttl > report.ttl",
    ];

    private readonly Option<string> _shapes = VerbOptions.Value("--shapes", "FILE", "the SHACL shapes graph (required)");
    private readonly Option<string> _results = VerbOptions.Value("--results", "FMT", "report format: table (default), turtle or json").Completing(["table", "turtle", "json"]);

    public IReadOnlyList<Option> Options => [_shapes, _results];

    public Argument<string[]> Positionals { get; } = VerbOptions.Positionals("DATA");

    public int Run(ParseResult args, CliContext context)
    {
        var shapesPath = args.GetValue(_shapes) ?? throw new UsageException("--shapes FILE is required", Name);
        var dataFiles = args.GetValue(Positionals) ?? [];
        if (dataFiles.Length == 0) throw new UsageException("give at least one DATA file", Name);
        var results = args.GetValue(_results) ?? "table";
        if (results is not ("table" or "turtle" or "json"))
            throw new UsageException($"unknown --results format '{results}' (table, turtle, json)", Name);

        var shapesGraph = Load(context, [shapesPath]);
        ShapesGraph shapes;
        try
        {
            shapes = new ShapesGraph(shapesGraph);
        }
        catch (ShaclException e)
        {
            throw new InvalidInputException(shapesPath, e.Message);
        }
        var data = Load(context, dataFiles);
        ValidationReport report;
        try
        {
            report = new ShaclValidator(shapes).Validate(data, context.Cancellation);
        }
        catch (ShaclException e)
        {
            throw new InvalidInputException(shapesPath, e.Message);
        }

        using (var target = OutputTarget.Open(context, null))
        {
            var prefixes = new PrefixMap();
            foreach (var (p, ns) in data.Prefixes) prefixes.Add(p, ns);
            foreach (var (p, ns) in shapesGraph.Prefixes) if (!prefixes.Contains(p)) prefixes.Add(p, ns);
            switch (results)
            {
                case "turtle":
                    var graph = report.ToGraph();
                    foreach (var (p, ns) in prefixes) if (!graph.Prefixes.Contains(p)) graph.Prefixes.Add(p, ns);
                    graph.Write(target.Writer, Syntax.RdfFormat.Turtle);
                    break;
                case "json":
                    ReportJson.Write(target.Writer, report);
                    break;
                default:
                    ReportTable.Write(target.Writer, report, new TermText(prefixes), context.TerminalWidth);
                    break;
            }
            target.Commit();
        }
        if (results == "table")
            context.Info(report.Conforms ? "conforms" : $"does not conform: {report.Results.Count} result(s)");
        return report.Conforms ? ExitCodes.Success : ExitCodes.NotConforming;
    }

    /// <summary>Reads files into one graph: the default graph and every named graph of each.</summary>
    private static Graph Load(CliContext context, IEnumerable<string> files)
    {
        var dataset = new Dataset();
        foreach (var file in files)
            RdfLoader.Read(context, file, CliFormats.ForReading(null, file, "validate"), null, new DatasetSink(dataset));
        var graph = new Graph();
        foreach (var (p, ns) in dataset.Prefixes) graph.Prefixes.Add(p, ns);
        graph.AddRange(dataset.DefaultGraph);
        foreach (var named in dataset.NamedGraphs) graph.AddRange(named);
        return graph;
    }
}
