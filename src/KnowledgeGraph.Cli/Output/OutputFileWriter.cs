using System.Text;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// The writer of an OUTPUT file, which really goes to a temporary file beside it: an I/O failure (a full disk, a
/// lost mount) is reported as a <see cref="CliIoException"/> about OUTPUT, never with the temporary file's name.
/// </summary>
internal sealed class OutputFileWriter(TextWriter inner, string displayPath) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>The error for <paramref name="error"/> while writing <paramref name="path"/>, in words that name no temporary file.</summary>
    public static CliIoException Failure(string path, Exception error) => new(path, "cannot write: " + Reason(error), error);

    private static string Reason(Exception error) => error switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException io when (io.HResult & 0xFFFF) == 28 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => "no space left on the device",
        IOException io when (io.HResult & 0xFFFF) == 122 || io.Message.Contains("quota", StringComparison.OrdinalIgnoreCase) => "disk quota exceeded",
        _ => "an I/O error occurred",
    };

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try { inner.Write(buffer); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw Failure(displayPath, e); }
    }

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Flush() => Guard(inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing) Guard(inner.Dispose);
        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try { write(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw Failure(displayPath, e); }
    }
}
