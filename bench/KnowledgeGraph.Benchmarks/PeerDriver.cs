using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using Newtonsoft.Json;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The peer harness's driver protocol: <c>NAME OP FILE [--format turtle|ntriples] [--to nt|ttl] [--queries a.rq,b.rq]
/// [--reps N] [--rows-dir DIR] [--repeat-limit-ms X] [--query-timeout-s S]</c>, printing JSON lines.
/// </summary>
internal static partial class PeerDriver
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: NAME OP FILE [--format turtle|ntriples] [--to nt|ttl] [--queries a.rq,b.rq] [--reps N] [--rows-dir DIR]");
            return 2;
        }
        var op = args[1];
        string? file = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? args[2] : null;
        var options = new Dictionary<string, string>();
        var rest = args.Skip(file is null ? 2 : 3).ToArray();
        for (int i = 0; i + 1 < rest.Length; i += 2) options[rest[i].TrimStart('-')] = rest[i + 1];
        var format = options.TryGetValue("format", out var f) ? (f == "ntriples" ? RdfFormat.NTriples : RdfFormat.Turtle)
            : file is not null && file.EndsWith(".nt", StringComparison.Ordinal) ? RdfFormat.NTriples : RdfFormat.Turtle;
        try
        {
            switch (op)
            {
                case "noop": Timed(() => Graph.Parse("", RdfFormat.Turtle).Count); return 0;   // the library loaded, no data
                case "parse": Timed(() => Parse(file!, format)); return 0;
                case "convert": Timed(() => Convert(file!, format, options.GetValueOrDefault("to", "nt"))); return 0;
                case "load": Timed(() => Graph.Load(file!, format).Count); return 0;
                case "write": return Write(file!, format, options.GetValueOrDefault("to", "nt"));
                case "query": return Query(file!, format, options);
                case "update": return Update(file, format, options);
                case "shacl": return Shacl(file!, format, options);
                case "compact": return CompactMemory(file!, format);
                default: Emit(new { error = "unknown op " + op }); return 2;
            }
        }
        catch (Exception e)
        {
            Emit(new { error = e.Message });
            return 1;
        }
    }

    private static void Timed(Func<int> work)
    {
        var sw = Stopwatch.StartNew();
        int triples = work();
        Emit(new { triples, ms = Math.Round(sw.Elapsed.TotalMilliseconds, 2) });
    }

    private static int Parse(string file, RdfFormat format)
    {
        int n = 0;
        using var reader = RdfInput.OpenFile(file);
        format.CreateReader().Read(reader, new DelegateSink(_ => n++), new RdfReaderOptions { BaseIri = RdfInput.FileIri(file), SourceName = file });
        return n;
    }

    /// <summary>Parses and writes to /dev/null. N-Triples output streams (the reader runs on a second thread and hands
    /// batches over); Turtle output needs the whole graph, so it loads first.</summary>
    private static int Convert(string file, RdfFormat format, string to)
    {
        using var output = new StreamWriter(System.IO.Stream.Null, RdfInput.StrictUtf8, 1 << 16);
        if (to == "ttl")
        {
            var graph = Graph.Load(file, format);
            graph.Write(output, RdfFormat.Turtle);
            return graph.Count;
        }
        int count = 0;
        RdfFormat.NTriples.CreateWriter().Write(ReadInBackground(file, format).Select(q => { count++; return q; }), output);
        return count;
    }

    /// <summary>Not a harness step: loads the file untimed, then times writing the graph to /dev/null, so writing can
    /// be put next to parsing the same triples.</summary>
    private static int Write(string file, RdfFormat format, string to)
    {
        var graph = Graph.Load(file, format);
        int count = graph.Count;
        Timed(() =>
        {
            using var output = new StreamWriter(System.IO.Stream.Null, RdfInput.StrictUtf8, 1 << 16);
            graph.Write(output, to == "ttl" ? RdfFormat.Turtle : RdfFormat.NTriples);
            return count;
        });
        return 0;
    }

    private static IEnumerable<Quad> ReadInBackground(string file, RdfFormat format)
    {
        using var queue = new BlockingCollection<Quad[]>(boundedCapacity: 64);
        Exception? failure = null;
        var producer = new Thread(() =>
        {
            var batch = new List<Quad>(4096);
            try
            {
                using var reader = RdfInput.OpenFile(file);
                format.CreateReader().Read(reader, new DelegateSink(q =>
                {
                    batch.Add(q);
                    if (batch.Count == 4096) { queue.Add(batch.ToArray()); batch.Clear(); }
                }), new RdfReaderOptions { BaseIri = RdfInput.FileIri(file), SourceName = file });
                if (batch.Count > 0) queue.Add(batch.ToArray());
            }
            catch (Exception e) { failure = e; }
            finally { queue.CompleteAdding(); }
        }) { IsBackground = true };
        producer.Start();
        foreach (var batch in queue.GetConsumingEnumerable())
            foreach (var q in batch) yield return q;
        if (failure is not null) throw failure;
    }

    internal static void Emit(object value)
    {
        Console.Out.WriteLine(JsonConvert.SerializeObject(value));
        Console.Out.Flush();
    }

    internal static string Format(double ms) => ms.ToString("0.###", CultureInfo.InvariantCulture);
}
