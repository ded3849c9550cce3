using System.Diagnostics;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

internal static partial class PeerDriver
{
    /// <summary><c>kg shacl DATA --shapes SHAPES [--reps N]</c>: loads both graphs (not timed), then times SHACL
    /// validation alone, N times; prints the result count, conformance and each time (the same JSON as the
    /// <c>bench/shacl/validate.mjs</c> driver prints for the npm validators).</summary>
    private static int Shacl(string file, RdfFormat format, Dictionary<string, string> options)
    {
        var shapesFile = options.GetValueOrDefault("shapes") ?? throw new ArgumentException("--shapes FILE is required");
        int reps = int.Parse(options.GetValueOrDefault("reps", "1"), System.Globalization.CultureInfo.InvariantCulture);
        var load = Stopwatch.StartNew();
        var data = Graph.Load(file, format);
        var shapesGraph = Graph.Load(shapesFile);
        double loadMs = load.Elapsed.TotalMilliseconds;
        for (int i = 0; i < reps; i++)
        {
            var sw = Stopwatch.StartNew();
            var report = new ShaclValidator(new ShapesGraph(shapesGraph)).Validate(data);
            Emit(new { triples = data.Count, load_ms = Math.Round(loadMs, 2), ms = Math.Round(sw.Elapsed.TotalMilliseconds, 2),
                conforms = report.Conforms, results = report.Results.Count });
        }
        return 0;
    }
}
