using System.Text;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Input;

/// <summary>Reads a file or standard input into a sink, with a progress display and the CLI's error mapping.</summary>
internal static class RdfLoader
{
    /// <summary>Reads <paramref name="path"/> (or <c>-</c>) into a new dataset.</summary>
    public static Dataset LoadDataset(CliContext context, string path, RdfFormat format, string? baseIri)
    {
        var dataset = new Dataset();
        Read(context, path, format, baseIri, new DatasetSink(dataset));
        return dataset;
    }

    /// <summary>Reads <paramref name="path"/> (or <c>-</c>) into <paramref name="sink"/>. The base IRI defaults to the
    /// file's own <c>file:</c> IRI. Errors name the path as it was given. <paramref name="preserveBlankNodeLabels"/>
    /// keeps the document's labels (see <see cref="RdfReaderOptions.PreserveBlankNodeLabels"/>).</summary>
    public static void Read(CliContext context, string path, RdfFormat format, string? baseIri, IRdfSink sink, bool preserveBlankNodeLabels = false)
    {
        var counting = new CountingSink(sink);
        string label = path == "-" ? "standard input" : path;
        using var progress = ProgressDisplay.Start(context, "reading " + label, () => $"{counting.Count:N0} triples");
        using var input = Open(context, path);
        var options = new RdfReaderOptions
        {
            BaseIri = baseIri ?? (path == "-" ? null : RdfInput.FileIri(context.FullPath(path))),
            SourceName = path,
            PreserveBlankNodeLabels = preserveBlankNodeLabels,
        };
        try
        {
            format.CreateReader().Read(input, counting, options, context.Cancellation);
        }
        catch (DecoderFallbackException e)
        {
            var at = path == "-" ? null : Utf8Locator.FindFirstInvalid(context.FullPath(path));
            throw new RdfSyntaxException("invalid UTF-8: " + e.Message, at?.Line ?? 1, at?.Column ?? 1, path, e);
        }
    }

    private static TextReader Open(CliContext context, string path)
    {
        if (path == "-") return RdfInput.OpenStream(context.OpenStandardInput());
        var full = context.FullPath(path);
        try
        {
            return RdfInput.OpenFile(full);
        }
        catch (FileNotFoundException e) { throw new CliIoException(path, "no such file", e); }
        catch (DirectoryNotFoundException e) { throw new CliIoException(path, "no such file or directory", e); }
        catch (UnauthorizedAccessException e) { throw new CliIoException(path, "permission denied", e); }
        catch (IOException e) { throw new CliIoException(path, e.Message, e); }
    }
}
