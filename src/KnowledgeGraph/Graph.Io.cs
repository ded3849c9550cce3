using KnowledgeGraph.Syntax;

namespace KnowledgeGraph;

public sealed partial class Graph
{
    /// <summary>Parses Turtle text into a new graph.</summary>
    /// <exception cref="RdfSyntaxException">The text is not valid Turtle; carries line and column.</exception>
    public static Graph Parse(string text) => Parse(text, RdfFormat.Turtle);

    /// <summary>The graph as text in the format named <paramref name="format"/> (<c>turtle</c>, <c>ntriples</c>,
    /// <c>jsonld</c>, …, or a media type; see <see cref="RdfFormat.FromName"/>).</summary>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public string ToString(string format) =>
        ToString(RdfFormat.FromName(format) ?? throw new ArgumentException($"No RDF format is named '{format}'; the formats are {string.Join(", ", RdfFormat.All.Select(f => f.Name))}.", nameof(format)));

    /// <summary>Parses RDF text into a new graph. Quads of named graphs (TriG, N-Quads) are merged into it.</summary>
    /// <exception cref="RdfSyntaxException">The text is not valid in <paramref name="format"/>.</exception>
    public static Graph Parse(string text, RdfFormat format, string? baseIri = null)
    {
        var graph = new Graph();
        RdfIo.ReadText(text, format, baseIri, new GraphSink(graph));
        return graph;
    }

    /// <summary>Reads a file into a new graph; the format comes from the extension unless given. The base IRI is the
    /// file's own <c>file:</c> IRI unless given.</summary>
    public static Graph Load(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default)
    {
        var graph = new Graph();
        RdfIo.ReadFile(path, format, baseIri, new GraphSink(graph), cancellationToken);
        return graph;
    }

    /// <summary>Reads RDF from a stream (UTF-8) into a new graph.</summary>
    /// <exception cref="RdfSyntaxException">The input is not valid in <paramref name="format"/>; carries line and column.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Graph Load(Stream input, RdfFormat format, string? baseIri = null, CancellationToken cancellationToken = default)
    {
        var graph = new Graph();
        RdfIo.ReadStream(input, format, baseIri, new GraphSink(graph), cancellationToken);
        return graph;
    }

    /// <summary>Reads a file into a new graph on the thread pool; see <see cref="Load(string, RdfFormat?, string?, CancellationToken)"/>.</summary>
    public static Task<Graph> LoadAsync(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Load(path, format, baseIri, cancellationToken), cancellationToken);

    /// <summary>
    /// Writes the graph to a file in <paramref name="format"/>, or in the format its extension names (<c>.ttl</c>,
    /// <c>.nt</c>, <c>.nq</c>, <c>.trig</c>, <c>.rdf</c>, <c>.jsonld</c>). The file is written beside the target and
    /// moved into place when complete, so a failed save leaves no half-written file.
    /// </summary>
    /// <exception cref="ArgumentException">No format is given and the extension names none.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path, RdfFormat? format = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        format = RdfIo.FormatOf(path, format);
        FileOutput.Write(path, writer => Write(writer, format, options, cancellationToken));
    }

    /// <summary>Writes the graph to a file on the thread pool; see <see cref="Save"/>.</summary>
    public Task SaveAsync(string path, RdfFormat? format = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Save(path, format, options, cancellationToken), cancellationToken);

    /// <summary>Writes the graph in <paramref name="format"/>, using its prefix map.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Write(TextWriter output, RdfFormat format, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        format.CreateWriter().Write(AsIndexedQuads(), output, RdfWriterOptions.WithDefaultPrefixes(options, Prefixes), cancellationToken);
    }

    /// <summary>The graph as text in <paramref name="format"/>.</summary>
    public string ToString(RdfFormat format, RdfWriterOptions? options = null) =>
        RdfIo.WriteToString(writer => Write(writer, format, options));
}
