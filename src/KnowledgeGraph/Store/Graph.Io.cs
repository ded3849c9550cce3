using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Store;

public sealed partial class Graph
{
    /// <summary>Parses RDF text into a new graph. Quads of named graphs (TriG, N-Quads) are merged into it.</summary>
    /// <exception cref="RdfSyntaxException">The text is not valid in <paramref name="format"/>.</exception>
    public static Graph Parse(string text, RdfFormat format, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        var graph = new Graph();
        format.CreateReader().Read(new StringReader(text), new GraphSink(graph), new RdfReaderOptions { BaseIri = baseIri });
        return graph;
    }

    /// <summary>Reads a file into a new graph; the format comes from the extension unless given. The base IRI is the
    /// file's own <c>file:</c> IRI unless given.</summary>
    public static Graph Load(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default)
    {
        format ??= RdfFormat.FromPath(path) ?? throw new ArgumentException($"Cannot tell the RDF format of '{path}' from its extension.", nameof(path));
        var graph = new Graph();
        using var reader = RdfInput.OpenFile(path);
        format.CreateReader().Read(reader, new GraphSink(graph),
            new RdfReaderOptions { BaseIri = baseIri ?? RdfInput.FileIri(path), SourceName = path }, cancellationToken);
        return graph;
    }

    /// <summary>Writes the graph in <paramref name="format"/>, using its prefix map.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Write(TextWriter output, RdfFormat format, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        format.CreateWriter().Write(output, AsIndexedQuads(), Prefixes, options, cancellationToken);
    }

    /// <summary>The graph as text in <paramref name="format"/>.</summary>
    public string ToString(RdfFormat format, RdfWriterOptions? options = null)
    {
        var sw = new StringWriter { NewLine = "\n" };
        Write(sw, format, options);
        return sw.ToString();
    }
}
