using System.Diagnostics;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

internal static partial class PeerDriver
{
    /// <summary>
    /// <c>NAME update [FILE] --updates a.ru,b.lines</c>: for each update, loads FILE (untimed; none = an empty dataset),
    /// then times the update: a <c>.ru</c> file is one request, a <c>.lines</c> file one request per line. Prints the
    /// quad count after it, so the engines' resulting datasets can be checked against each other; with
    /// <c>--dump-dir DIR</c> it also writes the resulting dataset to <c>DIR/NAME.nq</c> (bench/updates/run-update-peers.sh);
    /// with <c>--warm 1</c> it runs the workload a second time and reports that as <c>warm_ms</c>.
    /// </summary>
    private static int Update(string? file, RdfFormat format, Dictionary<string, string> options)
    {
        foreach (var path in options.GetValueOrDefault("updates", "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var requests = path.EndsWith(".lines", StringComparison.Ordinal)
                ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray()
                : [File.ReadAllText(path)];
            var (dataset, ms, parseMs) = RunUpdate(file, format, requests);
            if (options.TryGetValue("dump-dir", out var dumpDir))
                dataset.Save(Path.Combine(dumpDir, Path.GetFileName(path) + ".nq"), RdfFormat.NQuads);
            int quads = dataset.Count;
            // --warm 1: the same workload again on freshly loaded data in this process, its code already compiled: the
            // steady-state figure beside the cold one (which includes compiling the parser and the engine).
            double? warmMs = options.ContainsKey("warm") ? RunUpdate(file, format, requests).Ms : null;
            Emit(new { update = Path.GetFileName(path), requests = requests.Length, quads, ms, parse_ms = parseMs, warm_ms = warmMs });
        }
        return 0;
    }

    private static (Dataset Dataset, double Ms, double ParseMs) RunUpdate(string? file, RdfFormat format, string[] requests)
    {
        var dataset = file is null ? new Dataset() : Dataset.Load(file, format);
        // A load queues its triples and indexes them on the first read; index them here, untimed, as the peers
        // do while loading, so the update's time is the update's.
        _ = dataset.Count;
        var sw = Stopwatch.StartNew();
        double parseMs = 0;
        foreach (var r in requests)
        {
            var start = sw.Elapsed.TotalMilliseconds;
            var update = SparqlUpdate.Parse(r);
            parseMs += sw.Elapsed.TotalMilliseconds - start;
            update.Execute(dataset);
        }
        return (dataset, Math.Round(sw.Elapsed.TotalMilliseconds, 2), Math.Round(parseMs, 2));
    }
}
