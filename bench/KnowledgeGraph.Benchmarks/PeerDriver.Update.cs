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
    /// <c>--dump-dir DIR</c> it also writes the resulting dataset to <c>DIR/NAME.nq</c> (bench/updates/run-update-peers.sh).
    /// </summary>
    private static int Update(string? file, RdfFormat format, Dictionary<string, string> options)
    {
        foreach (var path in options.GetValueOrDefault("updates", "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var dataset = file is null ? new Dataset() : Dataset.Load(file, format);
            // A load queues its triples and indexes them on the first read; index them here, untimed, as the peers
            // do while loading, so the update's time is the update's.
            _ = dataset.Count;
            var requests = path.EndsWith(".lines", StringComparison.Ordinal)
                ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray()
                : [File.ReadAllText(path)];
            var sw = Stopwatch.StartNew();
            double parseMs = 0;
            foreach (var r in requests)
            {
                var start = sw.Elapsed.TotalMilliseconds;
                var update = SparqlUpdate.Parse(r);
                parseMs += sw.Elapsed.TotalMilliseconds - start;
                update.Execute(dataset);
            }
            var ms = Math.Round(sw.Elapsed.TotalMilliseconds, 2);
            if (options.TryGetValue("dump-dir", out var dumpDir))
                dataset.Save(Path.Combine(dumpDir, Path.GetFileName(path) + ".nq"), RdfFormat.NQuads);
            Emit(new { update = Path.GetFileName(path), requests = requests.Length, quads = dataset.Count, ms, parse_ms = Math.Round(parseMs, 2) });
        }
        return 0;
    }
}
