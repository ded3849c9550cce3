using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// <c>http-load ENDPOINT QUERY.rq… [--clients 32] [--seconds 60] [--pid PID]</c>: a closed-loop load generator for
/// SPARQL endpoints (kg serve, Virtuoso, …). Each client sends the queries in turn by GET with a JSON results Accept
/// and reads every answer to its end; the run reports throughput, p50/p99 latency, errors and, with --pid, the
/// server's resident memory every five seconds (from /proc). Plain HttpClient, so the client's own parsing does not
/// limit the server.
/// </summary>
internal static class HttpLoad
{
    public static int Run(string[] args)
    {
        var endpoint = args[0];
        var queries = new List<string>();
        int clients = 32, seconds = 60, pid = 0;
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--clients": clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--pid": pid = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: queries.Add(File.ReadAllText(args[i])); break;
            }
        }
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { Timeout = TimeSpan.FromSeconds(300) };
        var latencies = new List<double>[clients];
        int errors = 0;
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        var memory = new List<string>();
        var sampler = Task.Run(async () =>
        {
            while (DateTime.UtcNow < stop)
            {
                if (pid > 0) memory.Add(ResidentMegabytes(pid));
                await Task.Delay(5000);
            }
        });
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>();
            int q = c % queries.Count;
            var buffer = new byte[64 * 1024];
            while (DateTime.UtcNow < stop)
            {
                var url = endpoint + "?query=" + Uri.EscapeDataString(queries[q]);
                q = (q + 1) % queries.Count;
                var watch = Stopwatch.StartNew();
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.TryAddWithoutValidation("Accept", "application/sparql-results+json");
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0) { }
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    else mine.Add(watch.Elapsed.TotalMilliseconds);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        Task.WaitAll(workers);
        sampler.Wait();
        var all = latencies.SelectMany(l => l).OrderBy(x => x).ToList();
        double P(double p) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)(p * all.Count))];
        Console.WriteLine(FormattableString.Invariant(
            $"requests {all.Count}  errors {errors}  throughput {all.Count / (double)seconds:F1}/s  p50 {P(0.50):F1} ms  p99 {P(0.99):F1} ms"));
        if (memory.Count > 0) Console.WriteLine("server RSS (MB, every 5 s): " + string.Join(" ", memory));
        return errors == 0 ? 0 : 1;
    }

    private static string ResidentMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return (kb / 1024).ToString(CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
