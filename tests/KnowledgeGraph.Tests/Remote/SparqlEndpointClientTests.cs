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
        e.Failure.Should().Be(SparqlEndpointFailure.HttpStatus);
        e.ContentType.Should().Be("text/plain");
        e.BodyStart.Should().Be("Parse error at line 1");
        e.Message.Should().Contain("Parse error at line 1");
    }

    [Test]
    public async Task Malformed_answers_raise_with_a_position()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "application/sparql-results+json", "{ \"head\": "));
        using var client = new SparqlEndpointClient(server.Url);
        var e = (await FluentActions.Awaiting(() => client.QueryAsync("ASK {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().Be(SparqlEndpointFailure.UnreadableAnswer);
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
        var e = (await FluentActions.Awaiting(() => client.QueryAsync("SELECT * {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().Be(SparqlEndpointFailure.Timeout);
        e.InnerException.Should().BeOfType<TimeoutException>();
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

    [Test]
    public async Task The_accept_header_follows_the_query_form()
    {
        var accepts = new List<string>();
        using var server = new LocalHttpServer((request, _) =>
        {
            lock (accepts) accepts.Add(request.Headers["Accept"] ?? "");
            return request.Headers["Accept"]!.StartsWith("application/sparql-results", StringComparison.Ordinal)
                ? Answer(200, "application/sparql-results+json", "{ \"head\": {}, \"boolean\": true }")
                : Answer(200, "text/turtle", "<http://a> <http://b> <http://c> .");
        });
        using var client = new SparqlEndpointClient(server.Url);
        (await client.AskAsync("ASK {}")).Should().BeTrue();
        (await client.QueryAsync("PREFIX c: <http://x/> # a CONSTRUCT query\nCONSTRUCT WHERE { ?s ?p ?o }")).Graph.Count.Should().Be(1);
        var triples = new List<Triple>();
        await foreach (var t in client.DescribeAsync("DESCRIBE <http://a>")) triples.Add(t);
        triples.Should().ContainSingle();
        static string Bare(string s) => s.Replace(" ", "");
        Bare(accepts[0]).Should().Be(Bare(SparqlEndpointClient.DefaultResultsAccept));
        Bare(accepts[1]).Should().Be(Bare(SparqlEndpointClient.DefaultGraphAccept));
        Bare(accepts[2]).Should().Be(Bare(SparqlEndpointClient.DefaultGraphAccept));
    }

    [Test]
    public async Task The_accept_header_can_be_replaced()
    {
        string? accept = null;
        using var server = new LocalHttpServer((request, _) =>
        {
            accept = request.Headers["Accept"];
            return Answer(200, "application/sparql-results+xml",
                "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable name=\"x\"/></head><results><result><binding name=\"x\"><literal xml:lang=\"en\">hi</literal></binding></result><result/></results></sparql>");
        });
        using var client = new SparqlEndpointClient(server.Url) { ResultsAccept = "application/sparql-results+xml" };
        await using var rows = await client.SelectAsync("SELECT ?x {}");
        rows.Variables.Should().Equal("x");
        var set = await rows.ToResultSetAsync();
        set.Should().HaveCount(2);
        set[0]["x"].Should().Be(Literal.CreateUnchecked("hi", Vocab.Rdf.LangString, "en"));
        set[1]["x"].Should().BeNull();
        accept.Should().Be("application/sparql-results+xml");
    }

    [Test]
    public async Task Tsv_answers_are_read_row_by_row()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "text/tab-separated-values", "?a\t?b\n<http://x>\t\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>\n_:b0\t\n"));
        using var client = new SparqlEndpointClient(server.Url);
        var set = (await client.QueryAsync("SELECT * {}")).ResultSet;
        set.Should().HaveCount(2);
        set[0]["b"].Should().Be(Literal.Create("1", Vocab.Xsd.Integer));
        set[1]["a"].Should().BeOfType<BlankNode>();
        set[1]["b"].Should().BeNull();
    }

    [Test]
    public async Task Updates_are_posted_as_a_form()
    {
        using var server = new LocalHttpServer((_, _) => Answer(204, "text/plain", ""));
        using var client = new SparqlEndpointClient(server.Url);
        await client.UpdateAsync("INSERT DATA { <http://a> <http://b> <http://c> }");
        var request = server.Requests.Single();
        request.Method.Should().Be("POST");
        request.Body.Should().StartWith("update=INSERT");
    }

    [Test]
    public async Task Authentication_comes_from_the_callers_handler()
    {
        using var server = new LocalHttpServer((request, _) => request.Headers["Authorization"] == "Bearer secret"
            ? Answer(200, "application/sparql-results+json", JsonAnswer)
            : Answer(401, "text/plain", "who are you?"));
        using var anonymous = new SparqlEndpointClient(server.Url);
        var e = (await FluentActions.Awaiting(() => anonymous.QueryAsync("SELECT * {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var http = new HttpClient(new BearerHandler("secret") { InnerHandler = new HttpClientHandler() });
        using var client = new SparqlEndpointClient(server.Url, http);
        (await client.QueryAsync("SELECT * {}")).ResultSet.Should().ContainSingle();
    }

    [Test]
    public async Task A_boolean_answer_to_select_is_an_unreadable_answer()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "application/sparql-results+json", "{ \"boolean\": false }"));
        using var client = new SparqlEndpointClient(server.Url);
        var e = (await FluentActions.Awaiting(() => client.SelectAsync("SELECT * {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().Be(SparqlEndpointFailure.UnreadableAnswer);
    }

    [Test]
    public async Task Results_are_read_when_results_come_before_head()
    {
        using var server = new LocalHttpServer((_, _) => Answer(200, "application/sparql-results+json",
            "{ \"results\": { \"bindings\": [ { \"s\": { \"value\": \"v\", \"type\": \"literal\" } } ] }, \"head\": { \"vars\": [\"s\"] } }"));
        using var client = new SparqlEndpointClient(server.Url);
        var set = (await client.QueryAsync("SELECT * {}")).ResultSet;
        set.Single()["s"].Should().Be(Literal.Create("v"));
    }

    private sealed class BearerHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
