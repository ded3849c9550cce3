using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Writes a dataset or graph in a <see cref="CliFormat"/> to an <see cref="OutputTarget"/>, with progress.</summary>
internal static class RdfOutput
{
    /// <summary>Writes <paramref name="dataset"/>. A triple syntax or a graph export cannot carry named graphs, so a
    /// dataset that has them is an error naming <paramref name="source"/>, never a silent loss.</summary>
    public static void Write(CliContext context, Dataset dataset, CliFormat format, string? outputPath, string source, string language = GraphExports.DefaultLanguage)
    {
        bool holdsDatasets = format.Rdf?.HoldsDatasets ?? false;
        if (!holdsDatasets && dataset.GraphNames.Count > 0)
            throw new InvalidInputException(source,
                $"the input has {dataset.GraphNames.Count} named graph(s), which {format.Name} cannot carry; write trig, nquads or jsonld instead");
        if (format.Rdf is not null) WriteQuads(context, dataset.Count, dataset, dataset.Prefixes, format.Rdf, outputPath, dataset.Write);
        else WriteExport(context, dataset.DefaultGraph, format, outputPath, language);
    }

    /// <summary>Writes a graph (a CONSTRUCT result, the story graph).</summary>
    public static void Write(CliContext context, Graph graph, CliFormat format, string? outputPath, string language = GraphExports.DefaultLanguage)
    {
        if (format.Rdf is not null) WriteQuads(context, graph.Count, graph.Select(t => new Quad(t)), graph.Prefixes, format.Rdf, outputPath, graph.Write);
        else WriteExport(context, graph, format, outputPath, language);
    }

    /// <summary>Streaming writers pull quads one by one and the progress display counts them; the pretty writers
    /// (Turtle, TriG) get the whole graph or dataset through <paramref name="writeWhole"/> (its own Write method), so
    /// they can lay it out on the store's ids, and the display shows the total.</summary>
    private static void WriteQuads(CliContext context, long count, IEnumerable<Quad> quads, PrefixMap prefixes, RdfFormat format,
        string? outputPath, Action<TextWriter, RdfFormat, RdfWriterOptions?, CancellationToken> writeWhole)
    {
        long written = 0;
        bool layout = format == RdfFormat.Turtle || format == RdfFormat.TriG;
        if (layout) written = count;
        using var progress = ProgressDisplay.Start(context, $"writing {format.Name}", () => $"{Volatile.Read(ref written):N0} triples");
        using var target = OutputTarget.Open(context, outputPath);
        IEnumerable<Quad> Counted()
        {
            foreach (var q in quads)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                written++;
                yield return q;
            }
        }
        if (layout) writeWhole(target.Writer, format, new RdfWriterOptions(), context.Cancellation);
        else format.CreateWriter().Write(Counted(), target.Writer, new RdfWriterOptions { Prefixes = prefixes }, context.Cancellation);
        target.Commit();
    }

    private static void WriteExport(CliContext context, Graph graph, CliFormat format, string? outputPath, string language)
    {
        using var progress = ProgressDisplay.Start(context, $"writing {format.Name}");
        using var target = OutputTarget.Open(context, outputPath);
        format.Export!(graph, target.Writer, language, context.Cancellation);
        target.Commit();
    }
}
