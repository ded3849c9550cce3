using KnowledgeGraph.Syntax;

namespace KnowledgeGraph;

public sealed partial class Dataset
{
    /// <summary>Parses RDF text into a new dataset; triple syntaxes fill the default graph.</summary>
    /// <exception cref="RdfSyntaxException">The text is not valid in <paramref name="format"/>.</exception>
    public static Dataset Parse(string text, RdfFormat format, string? baseIri = null)
    {
        var dataset = new Dataset();
        RdfIo.ReadText(text, format, baseIri, new DatasetSink(dataset));
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
        RdfIo.ReadFile(path, format, baseIri, new DatasetSink(this), cancellationToken);
    }

    /// <summary>Reads RDF from a stream (UTF-8) into a new dataset.</summary>
    /// <exception cref="RdfSyntaxException">The input is not valid in <paramref name="format"/>; carries line and column.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Dataset Load(Stream input, RdfFormat format, string? baseIri = null, CancellationToken cancellationToken = default)
    {
        var dataset = new Dataset();
        RdfIo.ReadStream(input, format, baseIri, new DatasetSink(dataset), cancellationToken);
        return dataset;
    }

    /// <summary>Reads a file into a new dataset on the thread pool; see <see cref="Load(string, RdfFormat?, string?, CancellationToken)"/>.</summary>
    public static Task<Dataset> LoadAsync(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Load(path, format, baseIri, cancellationToken), cancellationToken);

    /// <summary>
    /// Writes the dataset to a file in <paramref name="format"/>, or in the format its extension names (<c>.ttl</c>,
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

    /// <summary>Writes the dataset to a file on the thread pool; see <see cref="Save"/>.</summary>
    public Task SaveAsync(string path, RdfFormat? format = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Save(path, format, options, cancellationToken), cancellationToken);

    /// <summary>Writes the dataset in <paramref name="format"/>, using its prefix map.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public void Write(TextWriter output, RdfFormat format, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        format.CreateWriter().Write(AsIndexedQuads(), output, RdfWriterOptions.WithDefaultPrefixes(options, Prefixes), cancellationToken);
    }

    /// <summary>The dataset as text in <paramref name="format"/>.</summary>
    public string ToString(RdfFormat format, RdfWriterOptions? options = null) =>
        RdfIo.WriteToString(writer => Write(writer, format, options));
}
