using KnowledgeGraph.Syntax;

namespace KnowledgeGraph;

/// <summary>
/// The file, stream and text plumbing that <see cref="Graph"/> and <see cref="Dataset"/> share: choosing the format
/// from a path, opening input as strict UTF-8, the file's IRI as base, and saving through a temporary file.
/// </summary>
internal static class RdfIo
{
    public static RdfFormat FormatOf(string path, RdfFormat? format) =>
        format ?? RdfFormat.FromPath(path) ?? throw new ArgumentException($"Cannot tell the RDF format of '{path}' from its extension; pass a format.", nameof(path));

    public static void ReadText(string text, RdfFormat format, string? baseIri, IRdfSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        format.CreateReader().Read(new StringReader(text), sink, new RdfReaderOptions { BaseIri = baseIri });
    }

    public static void ReadFile(string path, RdfFormat? format, string? baseIri, IRdfSink sink, CancellationToken cancellationToken)
    {
        format = FormatOf(path, format);
        using var reader = RdfInput.OpenFile(path);
        format.CreateReader().Read(reader, sink,
            new RdfReaderOptions { BaseIri = baseIri ?? RdfInput.FileIri(path), SourceName = path }, cancellationToken);
    }

    public static void ReadStream(Stream input, RdfFormat format, string? baseIri, IRdfSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(format);
        using var reader = new StreamReader(input, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        format.CreateReader().Read(reader, sink, new RdfReaderOptions { BaseIri = baseIri }, cancellationToken);
    }

    public static string WriteToString(Action<TextWriter> write)
    {
        var sw = new StringWriter { NewLine = "\n" };
        write(sw);
        return sw.ToString();
    }
}
