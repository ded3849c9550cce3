using System.Net;
using KnowledgeGraph.Model;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Tests.Remote;

public class SparqlEndpointClientTests
{
    private const string JsonAnswer = """
        { "head": { "vars": ["s"] }, "results": { "bindings": [ { "s": { "type": "uri", "value": "http://example.org/a" } } ] } }
        """;

    private static Task<(int, string, string)> Answer(int status, string type, string body) => Task.FromResult((status, type, body));

    [Test]
    public async Task Select_is_sent_by_get_and_read_from_json()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "application/sparql-results+json", JsonAnswer));
        using var client = new SparqlEndpointClient(server.Url);
        client.DefaultGraphUris.Add("http://example.org/g");
        var result = await client.QueryAsync("SELECT ?s WHERE { ?s ?p ?o }");
        result.ResultSet.Should().ContainSingle().Which["s"].Should().Be(NamedNode.Create("http://example.org/a"));
        var request = server.Requests.Single();
        request.Method.Should().Be("GET");
        request.Url.Should().Contain("query=SELECT%20%3Fs").And.Contain("default-graph-uri=http%3A%2F%2Fexample.org%2Fg");
    }

    [Test]
    public async Task Long_queries_are_posted_as_a_form()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "application/sparql-results+xml",
            "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><boolean>true</boolean></sparql>"));
        using var client = new SparqlEndpointClient(server.Url);
        var query = "ASK { ?s ?p \"" + new string('x', 3000) + "\" }";
        var result = await client.QueryAsync(query);
        result.Boolean.Should().BeTrue();
        var request = server.Requests.Single();
        request.Method.Should().Be("POST");
        request.Body.Should().StartWith("query=ASK");
    }

    [Test]
    public void Construct_answers_become_graphs()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "application/n-triples", "<http://a> <http://b> \"c\" .\n"));
        using var client = new SparqlEndpointClient(server.Url);
        var result = client.Query("CONSTRUCT WHERE { ?s ?p ?o }");
        result.Kind.Should().Be(SparqlResultKind.Graph);
        result.Graph.Count.Should().Be(1);
    }

    [Test]
    public async Task Error_statuses_raise_with_the_server_message()
    {
        using var server = new LocalHttpServer((_, _) => Answer(400, "text/plain", "Parse error at line 1"));
        using var client = new SparqlEndpointClient(server.Url);
        var e = (await FluentActions.Awaiting(() => client.QueryAsync("SELEC")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        e.Message.Should().Contain("Parse error at line 1");
    }

    [Test]
    public async Task Malformed_answers_raise_with_a_position()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "application/sparql-results+json", "{ \"head\": "));
        using var client = new SparqlEndpointClient(server.Url);
        var e = (await FluentActions.Awaiting(() => client.QueryAsync("ASK {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.InnerException.Should().BeAssignableTo<KnowledgeGraph.Syntax.RdfSyntaxException>();
    }

    [Test]
    public async Task Slow_servers_hit_the_timeout()
    {
        using var server = new LocalHttpServer(async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return (200, "application/sparql-results+json", JsonAnswer);
        });
        using var client = new SparqlEndpointClient(server.Url) { Timeout = TimeSpan.FromMilliseconds(200) };
        await FluentActions.Awaiting(() => client.QueryAsync("SELECT * {}")).Should().ThrowAsync<TimeoutException>();
    }

    [Test]
    public async Task Cancellation_is_reported_as_cancellation()
    {
        using var server = new LocalHttpServer(async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return (200, "application/sparql-results+json", JsonAnswer);
        });
        using var client = new SparqlEndpointClient(server.Url);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await FluentActions.Awaiting(() => client.QueryAsync("SELECT * {}", cts.Token)).Should().ThrowAsync<OperationCanceledException>();
    }
}
