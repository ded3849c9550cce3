using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Store;

public sealed partial class Dataset
{
    /// <summary>Parses RDF text into a new dataset; triple syntaxes fill the default graph.</summary>
    /// <exception cref="RdfSyntaxException">The text is not valid in <paramref name="format"/>.</exception>
    public static Dataset Parse(string text, RdfFormat format, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        var dataset = new Dataset();
        format.CreateReader().Read(new StringReader(text), new DatasetSink(dataset), new RdfReaderOptions { BaseIri = baseIri });
        return dataset;
    }

    /// <summary>Reads a file into a new dataset; the format comes from the extension unless given.</summary>
    public static Dataset Load(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default)
    {
        var dataset = new Dataset();
        dataset.LoadFile(path, format, baseIri, cancellationToken);
        return dataset;
    }

    /// <summary>Reads a file into this dataset; the format comes from the extension unless given.</summary>
    public void LoadFile(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default)
    {
        format ??= RdfFormat.FromPath(path) ?? throw new ArgumentException($"Cannot tell the RDF format of '{path}' from its extension.", nameof(path));
        using var reader = RdfInput.OpenFile(path);
        format.CreateReader().Read(reader, new DatasetSink(this),
            new RdfReaderOptions { BaseIri = baseIri ?? RdfInput.FileIri(path), SourceName = path }, cancellationToken);
    }

    /// <summary>Writes the dataset in <paramref name="format"/>, using its prefix map.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Write(TextWriter output, RdfFormat format, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        format.CreateWriter().Write(output, AsIndexedQuads(), Prefixes, options, cancellationToken);
    }

    /// <summary>The dataset as text in <paramref name="format"/>.</summary>
    public string ToString(RdfFormat format, RdfWriterOptions? options = null)
    {
        var sw = new StringWriter { NewLine = "\n" };
        Write(sw, format, options);
        return sw.ToString();
    }
}
