using System.Text;

namespace KnowledgeGraph.Syntax;

/// <summary>Opens RDF input as text with strict UTF-8 decoding, so invalid bytes are an error rather than U+FFFD.</summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class RdfInput
{
    /// <summary>UTF-8 without a byte-order mark on output, throwing on invalid bytes on input.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Opens a file for reading with strict UTF-8 decoding. Every valid character before an invalid byte is
    /// delivered first, so parsers report the bad byte's exact line and column.</summary>
    public static TextReader OpenFile(string path) =>
        new StrictUtf8Reader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), leaveOpen: false);

    /// <summary>Wraps a stream for reading with strict UTF-8 decoding (a leading byte-order mark is skipped).</summary>
    public static TextReader OpenStream(Stream stream, bool leaveOpen = false) => new StrictUtf8Reader(stream, leaveOpen);

    /// <summary>The file: IRI of a local path, used as the default base IRI of a file.</summary>
    public static string FileIri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
