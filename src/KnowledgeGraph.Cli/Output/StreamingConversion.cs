using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Input;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.NTriples;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// <c>kg convert</c> to a line-based syntax (N-Triples, N-Quads): the reader hands each statement straight to the
/// writer, so no store is built and memory stays flat whatever the input's size. Pretty Turtle and TriG lay out the
/// whole graph (subjects sorted, nested blank nodes), so they keep going through a dataset.
/// </summary>
internal static class StreamingConversion
{
    /// <summary>True when writing <paramref name="to"/> needs no more than one statement at a time.</summary>
    public static bool Applies(CliFormat to) => to.Rdf == RdfFormat.NTriples || to.Rdf == RdfFormat.NQuads;

    /// <summary>Reads <paramref name="input"/> into <paramref name="outputPath"/> (or standard output) statement by
    /// statement, with the loader's progress display and error positions and the output file's temporary-file safety.
    /// Standard output, unlike a file, receives the statements before a later syntax error, as every streaming
    /// converter's does.</summary>
    public static void Run(CliContext context, string input, RdfFormat from, string? baseIri, CliFormat to, string? outputPath)
    {
        context.Cancellation.ThrowIfCancellationRequested();
        using var target = OutputTarget.Open(context, outputPath);
        var sink = new NTriplesSink(target.Writer, writeGraphs: to.Rdf!.HoldsDatasets);
        try
        {
            // One document to one output: its blank node labels can be written as they are, so the reader needs no
            // table of them (10 MB for the 28k labels of the 1M generated graph) and the output keeps the input's names.
            RdfLoader.Read(context, input, from, baseIri, sink, preserveBlankNodeLabels: true);
        }
        catch (RdfWriteException e) when (!to.Rdf.HoldsDatasets)
        {
            // The same words as a conversion through a dataset: the input has what the output syntax cannot carry.
            throw new InvalidInputException(input, $"the input has a named graph, which {to.Name} cannot carry; write trig, nquads or jsonld instead ({e.Message})");
        }
        sink.Flush();
        // The reader looks at the token every few thousand statements; a signal after its last look still stops
        // the conversion before the output is moved into place.
        context.Cancellation.ThrowIfCancellationRequested();
        target.Commit();
    }
}
