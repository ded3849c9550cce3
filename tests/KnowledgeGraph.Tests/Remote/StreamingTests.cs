using System.Net;
using System.Net.Sockets;
using System.Text;
using KnowledgeGraph.Remote;

namespace KnowledgeGraph.Tests.Remote;

/// <summary>
/// Answers stream: rows reach the caller while the server is still writing, and a million-row answer is read in
/// flat memory. The server writes the JSON by hand, row by row, so neither side ever holds the whole answer.
/// </summary>
public class StreamingTests
{
    [Test]
    public async Task A_million_row_select_is_read_in_flat_memory()
    {
        const int Rows = 1_000_000;
        using var server = new StreamingServer(async (output, _) =>
        {
            await output.WriteAsync("{\"head\":{\"vars\":[\"s\",\"n\"]},\"results\":{\"bindings\":[\n");
            for (int i = 0; i < Rows; i++)
                await output.WriteAsync((i == 0 ? "" : ",\n") + "{\"s\":{\"type\":\"uri\",\"value\":\"http://example.org/item/" + i +
                    "\"},\"n\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"" + i + "\"}}");
            await output.WriteAsync("]}}\n");
        });
        using var client = new SparqlEndpointClient(server.Url) { Timeout = TimeSpan.FromMinutes(5) };
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        int count = 0;
        await using (var rows = await client.SelectAsync("SELECT * { ?s ?p ?n }"))
        {
            await foreach (var row in rows)
            {
                if (++count % 100_000 == 0) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }
        count.Should().Be(Rows);
        TestContext.Out.WriteLine($"live memory above baseline while reading {Rows:N0} rows: at most {peak / 1024.0 / 1024.0:F1} MB");
        peak.Should().BeLessThan(50L * 1024 * 1024);
    }

    [Test]
    public async Task Rows_reach_the_caller_before_the_server_has_finished()
    {
        var firstRowSeen = new TaskCompletionSource();
        using var server = new StreamingServer(async (output, flush) =>
        {
            await output.WriteAsync("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"1\"}}");
            await flush();
            // The rest comes only once the client has seen the first row: a client that waits for the whole body hangs here.
            await firstRowSeen.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await output.WriteAsync(",{\"x\":{\"type\":\"literal\",\"value\":\"2\"}}]}}");
        });
        using var client = new SparqlEndpointClient(server.Url) { Timeout = TimeSpan.FromSeconds(20) };
        var seen = new List<string>();
        await using var rows = await client.SelectAsync("SELECT ?x {}");
        await foreach (var row in rows)
        {
            seen.Add(((KnowledgeGraph.Model.Literal)row["x"]!).LexicalForm);
            firstRowSeen.TrySetResult();
        }
        seen.Should().Equal("1", "2");
    }

    [Test]
    public async Task Construct_triples_stream_through_a_bounded_buffer()
    {
        const int Triples = 200_000;
        using var server = new StreamingServer(async (output, _) =>
        {
            for (int i = 0; i < Triples; i++) await output.WriteAsync($"<http://example.org/s{i}> <http://example.org/p> \"{i}\" .\n");
        }, "application/n-triples");
        using var client = new SparqlEndpointClient(server.Url) { Timeout = TimeSpan.FromMinutes(2) };
        int count = 0;
        await foreach (var t in client.ConstructAsync("CONSTRUCT WHERE { ?s ?p ?o }")) count++;
        count.Should().Be(Triples);
    }

    [Test]
    public async Task Stopping_early_releases_the_connection()
    {
        using var server = new StreamingServer(async (output, _) =>
        {
            await output.WriteAsync("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[");
            for (int i = 0; i < 1_000_000; i++) await output.WriteAsync((i == 0 ? "" : ",") + "{\"x\":{\"type\":\"literal\",\"value\":\"v\"}}");
            await output.WriteAsync("]}}");
        });
        using var client = new SparqlEndpointClient(server.Url);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            await using var rows = await client.SelectAsync("SELECT ?x {}");
            await foreach (var _ in rows) break;
        }
    }

    /// <summary>A loopback HTTP server whose handler writes the body itself, chunk by chunk.</summary>
    private sealed class StreamingServer : IDisposable
    {
        private readonly HttpListener _listener = new();

        public StreamingServer(Func<TextWriter, Func<Task>, Task> write, string contentType = "application/sparql-results+json")
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = new Uri($"http://127.0.0.1:{port}/sparql");
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (Exception) { return; }
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            context.Response.ContentType = contentType;
                            context.Response.SendChunked = true;
                            await using var writer = new StreamWriter(context.Response.OutputStream, new UTF8Encoding(false), 16 * 1024);
                            await write(writer, () => writer.FlushAsync());
                            await writer.FlushAsync();
                            context.Response.Close();
                        }
                        catch (Exception)
                        {
                            // The client stopped reading (the early-stop test): nothing to do.
                        }
                    });
                }
            });
        }

        public Uri Url { get; }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }
    }
}
