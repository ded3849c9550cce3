using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;
using Newtonsoft.Json;

namespace KnowledgeGraph.Benchmarks;

internal static partial class PeerDriver
{
    /// <summary>Loads the data once (or opens it, when FILE is a store directory), then runs each query --reps times (stopping early past --repeat-limit-ms),
    /// writing the rows of the first run to --rows-dir in the harness's term notation.</summary>
    private static int Query(string file, RdfFormat format, Dictionary<string, string> options)
    {
        int reps = int.Parse(options.GetValueOrDefault("reps", "5"), System.Globalization.CultureInfo.InvariantCulture);
        double repeatLimitMs = double.Parse(options.GetValueOrDefault("repeat-limit-ms", "60000"), System.Globalization.CultureInfo.InvariantCulture);
        double timeoutS = double.Parse(options.GetValueOrDefault("query-timeout-s", "300"), System.Globalization.CultureInfo.InvariantCulture);
        var rowsDir = options.GetValueOrDefault("rows-dir");

        var sw = Stopwatch.StartNew();
        // A directory is a store on disk (kg load --db): opened, not loaded; "loaded" then times the open alone.
        bool onDisk = Directory.Exists(file);
        using var dataset = onDisk ? RocksDbStore.OpenDataset(file, new RocksDbStoreOptions { ReadOnly = true }) : Dataset.Load(file, format);
        Emit(new { @event = "loaded", triples = onDisk ? -1 : dataset.Count, ms = Math.Round(sw.Elapsed.TotalMilliseconds, 2) });

        foreach (var path in options.GetValueOrDefault("queries", "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            Emit(new { @event = "start", query = name });
            var times = new List<double>();
            int rows = 0;
            string? error = null;
            try
            {
                var query = SparqlQuery.Parse(File.ReadAllText(path), RdfInput.FileIri(path));
                var queryOptions = new SparqlQueryOptions { Timeout = TimeSpan.FromSeconds(timeoutS) };
                for (int rep = 0; rep < reps; rep++)
                {
                    // Timed like the peers' drivers: the query with its answer materialised (rows of terms, or the
                    // constructed triples), not the driver's own conversion of rows for --rows-dir.
                    sw.Restart();
                    var result = query.Execute(dataset, queryOptions);
                    if (result.Kind == SparqlResultKind.Graph) result.Graph.ToList();
                    times.Add(Math.Round(sw.Elapsed.TotalMilliseconds, 3));
                    if (rep == 0)
                    {
                        var table = Rows(result);
                        rows = table.Rows.Count;
                        if (rowsDir is not null) WriteRows(Path.Combine(rowsDir, name + ".jsonl"), table);
                    }
                    if (times.Sum() > repeatLimitMs) break;
                }
            }
            catch (Exception e) when (e is SparqlSyntaxException or SparqlEvaluationException or OperationCanceledException)
            {
                error = e.Message;
            }
            Emit(new { @event = "result", query = name, rows, times_ms = times, error });
        }
        return 0;
    }

    private static (string[] Variables, List<Term?[]> Rows) Rows(SparqlResult result)
    {
        switch (result.Kind)
        {
            case SparqlResultKind.Bindings:
                var set = result.ResultSet;
                return (set.Variables.ToArray(), set.Select(r => Enumerable.Range(0, set.Variables.Count).Select(i => r[i]).ToArray()).ToList());
            case SparqlResultKind.Graph:
                return (["s", "p", "o"], result.Graph.Select(t => new Term?[] { t.Subject, t.Predicate, t.Object }).ToList());
            default:
                return (["boolean"], [[Literal.Boolean(result.Boolean)]]);
        }
    }

    private static void WriteRows(string path, (string[] Variables, List<Term?[]> Rows) table)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine(JsonConvert.SerializeObject(table.Variables));
        foreach (var row in table.Rows) w.WriteLine(JsonConvert.SerializeObject(row.Select(HarnessNotation)));
    }

    /// <summary>The harness's notation: N-Triples-like, escaping only backslash, quote, newline, return and tab.</summary>
    private static string HarnessNotation(Term? term) => term switch
    {
        null => "",
        NamedNode n => "<" + n.Value + ">",
        BlankNode b => "_:" + b.Label,
        Literal l when l.Language is not null => Quote(l.LexicalForm) + "@" + l.Language,
        Literal l when l.Datatype.Value == Vocab.Xsd.StringIri => Quote(l.LexicalForm),
        Literal l => Quote(l.LexicalForm) + "^^<" + l.Datatype.Value + ">",
        _ => term.ToString(),
    };

    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";
}
