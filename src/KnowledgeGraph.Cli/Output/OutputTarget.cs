using System.Text;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Where a verb writes: standard output, or a file that is written under a temporary name in the same folder and
/// moved into place only by <see cref="Commit"/>, so an error or Ctrl+C never leaves a half-written file behind.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _path;
    private readonly string? _displayPath;
    private readonly string? _tempPath;
    private bool _committed;

    private OutputTarget(TextWriter writer, string? path, string? displayPath, string? tempPath)
    {
        Writer = writer;
        _path = path;
        _displayPath = displayPath;
        _tempPath = tempPath;
    }

    /// <summary>The text writer to write to (UTF-8 without BOM, "\n" line ends).</summary>
    public TextWriter Writer { get; }

    /// <summary>Standard output when <paramref name="path"/> is null or <c>-</c>, else a temporary file beside it.</summary>
    public static OutputTarget Open(CliContext context, string? path)
    {
        context.CurrentOutput = path ?? "-";
        if (path is null || path == "-") return new OutputTarget(context.Out, null, null, null);
        var full = context.FullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new CliIoException(path, "cannot write: the folder does not exist");
        if (Directory.Exists(full)) throw new CliIoException(path, "cannot write: it is a folder");
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            var writer = new StreamWriter(stream, s_utf8, 1 << 16) { NewLine = "\n" };
            return new OutputTarget(new OutputFileWriter(writer, path), full, path, temp);
        }
        catch (UnauthorizedAccessException e) { throw new CliIoException(path, "cannot write: permission denied", e); }
        catch (IOException e) { throw new CliIoException(path, "cannot write: " + e.Message, e); }
    }

    /// <summary>Finishes the output: flushes standard output, or closes the temporary file and moves it into place.</summary>
    public void Commit()
    {
        if (_tempPath is null)
        {
            Writer.Flush();
            return;
        }
        try
        {
            Writer.Dispose();
            File.Move(_tempPath, _path!, overwrite: true);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFileWriter.Failure(_displayPath!, e);
        }
    }

    /// <summary>Deletes the temporary file unless the output was committed.</summary>
    public void Dispose()
    {
        if (_tempPath is null || _committed) return;
        try { Writer.Dispose(); }
        catch (CliIoException) { /* the write already failed (a full disk): the error in flight says so */ }
        try { File.Delete(_tempPath); }
        catch (IOException) { /* best effort: the file was never visible under its real name */ }
    }
}
