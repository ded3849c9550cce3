using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Formats;

/// <summary>Writes a whole graph in a graph-visualisation format (GraphML, GEXF, DOT).</summary>
/// <paramref name="language"/> is the BCP 47 tag of the labels (<c>--lang</c>).
internal delegate void GraphExport(Graph graph, TextWriter output, string language, CancellationToken cancellationToken);

/// <summary>
/// A format <c>kg</c> knows by name and extension: an RDF syntax (read and write) or a graph export (write only).
/// </summary>
internal sealed class CliFormat
{
    private CliFormat(string name, IReadOnlyList<string> extensions, RdfFormat? rdf, GraphExport? export)
    {
        Name = name;
        Extensions = extensions;
        Rdf = rdf;
        Export = export;
    }

    public static CliFormat ForRdf(RdfFormat format, params string[] extensions) => new(format.Name, extensions, format, null);

    public static CliFormat ForExport(string name, string extension, GraphExport export) => new(name, [extension], null, export);

    public string Name { get; }

    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The RDF syntax, or null for an export format.</summary>
    public RdfFormat? Rdf { get; }

    /// <summary>The export, or null for an RDF syntax.</summary>
    public GraphExport? Export { get; }

    public bool CanRead => Rdf is not null;

    public override string ToString() => Name;
}
