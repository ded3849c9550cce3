namespace KnowledgeGraph.Store;

/// <summary>Writes a file through a temporary file beside it, moved into place only when writing succeeded, so a
/// failed or cancelled save never leaves the target half-written.</summary>
internal static class FileOutput
{
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
                write(writer);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
