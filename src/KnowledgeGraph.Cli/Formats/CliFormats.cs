using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Formats;

/// <summary>The formats of <c>../shared/CLI.md</c>, by name and by extension. A format given by option wins;
/// otherwise the extension decides.</summary>
internal static class CliFormats
{
    public static IReadOnlyList<CliFormat> All { get; } =
    [
        CliFormat.ForRdf(RdfFormat.Turtle, ".ttl"),
        CliFormat.ForRdf(RdfFormat.NTriples, ".nt"),
        CliFormat.ForRdf(RdfFormat.NQuads, ".nq"),
        CliFormat.ForRdf(RdfFormat.TriG, ".trig"),
        CliFormat.ForRdf(RdfFormat.RdfXml, ".rdf", ".owl"),
        CliFormat.ForRdf(RdfFormat.JsonLd, ".jsonld"),
        CliFormat.ForExport("graphml", ".graphml", GraphExports.GraphMl),
        CliFormat.ForExport("gexf", ".gexf", GraphExports.Gexf),
        CliFormat.ForExport("dot", ".dot", GraphExports.Dot),
    ];

    public static string Names => string.Join(", ", AllNames);

    /// <summary>Every format's name, as <c>--to</c> takes it.</summary>
    public static IEnumerable<string> AllNames => All.Select(f => f.Name);

    /// <summary>The names of the formats that can be read, as <c>--from</c> takes them.</summary>
    public static IEnumerable<string> ReadableNames => All.Where(f => f.Rdf is not null).Select(f => f.Name);

    public static CliFormat? FromName(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static CliFormat? FromPath(string path)
    {
        var ext = Path.GetExtension(path);
        return ext.Length == 0 ? null : All.FirstOrDefault(f => f.Extensions.Any(e => string.Equals(e, ext, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The format to read <paramref name="path"/> in: the option's, else the extension's; standard input
    /// defaults to Turtle (which also reads N-Triples).</summary>
    public static RdfFormat ForReading(string? option, string path, string verb)
    {
        CliFormat? format = option is not null
            ? FromName(option) ?? throw new UsageException($"unknown format '{option}' (formats: {Names})", verb)
            : path == "-" ? FromName("turtle")
            : FromPath(path) ?? throw new UsageException($"cannot tell the format of '{path}' from its extension; give it with --from", verb);
        return format!.Rdf ?? throw new UsageException($"'{format.Name}' can be written but not read", verb);
    }

    /// <summary>The format to write in: the option's, else the output file's extension, else <paramref name="fallback"/>.</summary>
    public static CliFormat ForWriting(string? option, string? outputPath, string fallback, string verb)
    {
        if (option is not null)
            return FromName(option) ?? throw new UsageException($"unknown format '{option}' (formats: {Names})", verb);
        if (outputPath is not null && outputPath != "-")
            return FromPath(outputPath) ?? throw new UsageException($"cannot tell the format of '{outputPath}' from its extension; give it with --to", verb);
        return FromName(fallback)!;
    }
}
