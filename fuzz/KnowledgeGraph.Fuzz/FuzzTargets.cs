using System.Text;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Fuzz;

/// <summary>
/// The fuzz targets: each takes arbitrary bytes and either succeeds or throws one of the library's documented
/// exceptions for bad input (<see cref="RdfSyntaxException"/> — which SPARQL and JSON-LD syntax errors derive from —,
/// <see cref="SparqlEvaluationException"/>, <see cref="RdfWriteException"/>, or a timeout). Anything else escapes
/// <see cref="Run"/> and is a finding. A reader target also writes what it read in its own syntax and reads it back:
/// text that does not read back to an isomorphic dataset is a finding too.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Target names, as <c>kg-fuzz TARGET</c> and <c>fuzz/run.sh TARGET</c> take them.</summary>
    public static IReadOnlyList<string> Names => FuzzTargetNames.All;

    /// <summary>Limits small enough that a fuzzer's input runs in milliseconds, large enough to reach every path.</summary>
    private static RdfReaderOptions ReaderOptions() => new() { MaxLiteralLength = 1 << 20, MaxNestingDepth = 500, SourceName = "fuzz" };

    private const string Data = """
        @prefix : <http://ex.org/> .
        :a :p :b , "x" , 1 , 2.5 , "chat"@fr , true ; :q ( 1 2 ( 3 ) ) .
        :b :p :c ; :r [ :p :a ] .
        :c :p :a ; :name "C"^^<http://www.w3.org/2001/XMLSchema#string> .
        """;

    /// <summary>Built on first use: under SharpFuzz, library code must not run before the fuzzer sets up its trace map.</summary>
    private static readonly Lazy<Graph> s_data = new(() => Graph.Parse(Data));

    /// <summary>Runs <paramref name="target"/> on <paramref name="input"/>; throws only on a finding.</summary>
    /// <exception cref="ArgumentException">Unknown target.</exception>
    public static void Run(string target, ReadOnlySpan<byte> input)
    {
        try
        {
            switch (target)
            {
                case "sparql-parse":
                    if (Utf8(input) is { } parse) ParseSparql(parse);
                    return;
                case "sparql-eval":
                    if (Utf8(input) is { } query) EvaluateSparql(query);
                    return;
            }
            // Strict UTF-8, as files reach the readers: invalid bytes are a syntax error with a position.
            var text = RdfInput.OpenStream(new MemoryStream(input.ToArray()));
            var format = RdfFormat.FromName(target) ?? throw new ArgumentException($"Unknown fuzz target '{target}'; the targets are {string.Join(", ", Names)}.", nameof(target));
            RoundTrip(format, text);
        }
        catch (Exception e) when (IsDocumented(e))
        {
        }
    }

    /// <summary>The exceptions bad input may give: anything else is a defect.</summary>
    public static bool IsDocumented(Exception e) =>
        e is RdfSyntaxException or SparqlEvaluationException or RdfWriteException or OperationCanceledException;

    /// <summary>The SPARQL API takes strings: bytes that are not UTF-8 never reach it (kg reports them when it reads the file).</summary>
    private static string? Utf8(ReadOnlySpan<byte> input)
    {
        try
        {
            return RdfInput.StrictUtf8.GetString(input);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static void RoundTrip(RdfFormat format, TextReader text)
    {
        var read = new Dataset();
        format.CreateReader().Read(text, new DatasetSink(read), ReaderOptions());
        if (read.Count > 5_000) return; // isomorphism of a huge blank-node tangle is not what this target tests
        var written = new StringWriter();
        format.CreateWriter().Write(read, written);
        var back = Dataset.Parse(written.ToString(), format);
        if (!back.IsIsomorphicWith(read))
            throw new FuzzFindingException($"{format.Name} did not read back what it wrote ({read.Count} quads, {back.Count} read back).");
    }

    private static void ParseSparql(string text)
    {
        try
        {
            SparqlQuery.Parse(text);
        }
        catch (SparqlSyntaxException)
        {
            SparqlUpdate.Parse(text);
        }
    }

    private static void EvaluateSparql(string text)
    {
        var options = new SparqlQueryOptions { Timeout = TimeSpan.FromSeconds(1), MaxRowsInMemory = 200_000 };
        SparqlQuery query;
        try
        {
            query = SparqlQuery.Parse(text);
        }
        catch (SparqlSyntaxException)
        {
            Graph.Parse(Data).Update(text, new SparqlUpdateOptions { Timeout = TimeSpan.FromSeconds(1) });
            return;
        }
        var result = query.Execute(s_data.Value, options);
        var sink = new StringWriter();
        if (result.Kind == SparqlResultKind.Graph) sink.Write(result.Graph.ToString(RdfFormat.NTriples));
        else
        {
            SparqlResultsWriter.Write(result, sink, SparqlResultsFormat.Json);
            SparqlResultsWriter.Write(result, sink, SparqlResultsFormat.Xml);
        }
    }

    /// <summary>Decodes bytes for a message (a finding's input).</summary>
    public static string Describe(ReadOnlySpan<byte> input) => Encoding.UTF8.GetString(input.Length > 300 ? input[..300] : input);
}

/// <summary>A defect the harness detects itself (text a writer wrote that its reader does not read back).</summary>
public sealed class FuzzFindingException(string message) : Exception(message);
