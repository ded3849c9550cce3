using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg serve</c> and <c>kg query --endpoint</c> together, on loopback: a remote answer prints exactly as the same
/// query run locally over the same files.
/// </summary>
public class ServeTests
{
    // Full IRIs and no blank nodes: a local table compacts IRIs with the data's prefixes, which a remote answer
    // does not carry, and blank node labels differ between two loads of the same file.
    private const string Data = """
        <http://example.org/alice> <http://example.org/knows> <http://example.org/bob> ;
            <http://example.org/name> "Alice" ; <http://example.org/age> 42 .
        <http://example.org/bob> <http://example.org/name> "Bob"@en ; <http://example.org/score> 1.5 .
        <http://example.org/carol> <http://example.org/name> "Carol\nwith a line break" .
        """;

    [TestCase("SELECT ?s ?name WHERE { ?s <http://example.org/name> ?name } ORDER BY ?name", "table")]
    [TestCase("SELECT ?s ?name WHERE { ?s <http://example.org/name> ?name } ORDER BY ?name", "json")]
    [TestCase("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", "xml")]
    [TestCase("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", "csv")]
    [TestCase("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", "tsv")]
    [TestCase("ASK { ?s <http://example.org/age> 42 }", "table")]
    [TestCase("ASK { ?s <http://example.org/age> 43 }", "json")]
    [TestCase("CONSTRUCT { ?s <http://example.org/n> ?n } WHERE { ?s <http://example.org/name> ?n FILTER(isIRI(?s)) }", "table")]
    [TestCase("DESCRIBE <http://example.org/alice>", "table")]
    public void A_remote_answer_prints_as_a_local_one(string query, string results)
    {
        using var temp = new TempFolder();
        var file = temp.File("data.ttl", Data);
        using var serve = Serve.Start(temp.Path, "--data", file);
        var remote = KgRunner.Run(temp.Path, "query", "--endpoint", serve.Url + "sparql", "--results", results, query);
        var local = KgRunner.Run(temp.Path, "query", "--data", file, "--results", results, query);
        remote.ExitCode.Should().Be(0, remote.ToString());
        local.ExitCode.Should().Be(0, local.ToString());
        remote.Stdout.Should().Be(local.Stdout);
    }

    [Test]
    public void An_unreachable_endpoint_is_an_io_error()
    {
        using var temp = new TempFolder();
        var run = KgRunner.Run(temp.Path, "query", "--endpoint", $"http://127.0.0.1:{FreePort()}/sparql", "ASK {}");
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+/sparql:1:1: .*could not be reached");
    }

    [Test]
    public void A_query_the_endpoint_refuses_is_invalid_input()
    {
        using var temp = new TempFolder();
        using var serve = Serve.Start(temp.Path, "--data", temp.File("data.ttl", Data));
        var run = KgRunner.Run(temp.Path, "query", "--endpoint", serve.Url + "sparql", "SELECT * WHERE { ?s ?p }");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("query:1:1: ").And.Contain("refused the query (400)");
    }

    [Test]
    public void Data_options_do_not_go_with_an_endpoint()
    {
        using var temp = new TempFolder();
        var run = KgRunner.Run(temp.Path, "query", "--endpoint", "http://127.0.0.1:1/sparql", "--data", "x.ttl", "ASK {}");
        run.ExitCode.Should().Be(2, run.ToString());
    }

    [Test]
    public void A_read_only_server_refuses_graph_writes()
    {
        using var temp = new TempFolder();
        using var serve = Serve.Start(temp.Path, "--data", temp.File("data.ttl", Data), "--read-only");
        using var http = new HttpClient();
        var response = http.PutAsync(serve.Url + "store?default", new StringContent("<http://a> <http://b> <http://c> .", System.Text.Encoding.UTF8, "text/turtle")).Result;
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        http.GetStringAsync(serve.Url + "store?default").Result.Should().Contain("Alice");
    }

    [Test]
    public void A_served_store_answers_queries_and_keeps_updates_after_the_server_stops()
    {
        using var temp = new TempFolder();
        KgRunner.Run(temp.Path, "load", "--db", "store", temp.File("data.ttl", Data)).ExitCode.Should().Be(0);
        const string Query = "SELECT ?s ?name WHERE { ?s <http://example.org/name> ?name } ORDER BY ?name";
        using (var serve = Serve.Start(temp.Path, "--db", "store"))
        {
            var remote = KgRunner.Run(temp.Path, "query", "--endpoint", serve.Url + "sparql", "--results", "csv", Query);
            var local = KgRunner.Run(temp.Path, "query", "--data", "data.ttl", "--results", "csv", Query);
            remote.Stdout.Should().Be(local.Stdout, remote.ToString());
            using var http = new HttpClient();
            var update = http.PostAsync(serve.Url + "sparql", new FormUrlEncodedContent(
                [new("update", "INSERT DATA { <http://example.org/dave> <http://example.org/name> \"Dave\" }")])).Result;
            update.StatusCode.Should().Be(HttpStatusCode.NoContent, update.Content.ReadAsStringAsync().Result);
        }
        var after = KgRunner.Run(temp.Path, "query", "--db", "store", "--results", "csv", "SELECT ?name WHERE { <http://example.org/dave> <http://example.org/name> ?name }");
        after.Stdout.Should().Be("name\r\nDave\r\n", after.ToString());
    }

    [Test]
    public void A_bad_bind_is_a_usage_error_and_a_taken_port_an_io_error()
    {
        using var temp = new TempFolder();
        var bad = KgRunner.Run(temp.Path, "serve", "--bind", "nonsense");
        bad.ExitCode.Should().Be(2, bad.ToString());
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var run = KgRunner.Run(temp.Path, "serve", "--bind", "127.0.0.1:" + ((IPEndPoint)taken.LocalEndpoint).Port);
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().ContainSingle();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>A <c>kg serve</c> run in-process on a free loopback port until disposed (as Ctrl+C would stop it).</summary>
    private sealed class Serve : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<KgRun> _run;

        private Serve(string workingDirectory, string[] args)
        {
            int port = FreePort();
            Url = $"http://127.0.0.1:{port}/";
            _run = Task.Run(() => KgRunner.RunFull(workingDirectory, null, null, _stop.Token, ["serve", "--bind", $"127.0.0.1:{port}", .. args]));
            using var http = new HttpClient();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                if (_run.IsCompleted) Assert.Fail("kg serve stopped: " + _run.Result);
                try
                {
                    if (http.GetAsync(Url).Result.IsSuccessStatusCode) break;
                }
                catch (AggregateException) when (DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(50);
                }
            }
        }

        public string Url { get; }

        public static Serve Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

        public void Dispose()
        {
            _stop.Cancel();
            var run = _run.Result;
            run.ExitCode.Should().Be(0, run.ToString());
            run.Stderr.Should().Contain("listening on " + Url);
        }
    }
}
