using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

internal static partial class PeerDriver
{
    /// <summary>Placeholder until the SPARQL engine lands: reports each query as unsupported.</summary>
    private static int Query(string file, RdfFormat format, Dictionary<string, string> options)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var graph = Store.Graph.Load(file, format);
        Emit(new { @event = "loaded", triples = graph.Count, ms = Math.Round(sw.Elapsed.TotalMilliseconds, 2) });
        foreach (var q in options.GetValueOrDefault("queries", "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Path.GetFileNameWithoutExtension(q);
            Emit(new { @event = "start", query = name });
            Emit(new { @event = "result", query = name, rows = 0, times_ms = Array.Empty<double>(), error = "SPARQL engine not built yet" });
        }
        return 0;
    }
}
