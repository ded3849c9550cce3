using KnowledgeGraph.Sparql.Results;
using System.Net;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Server;

/// <summary>What the protocol suites do not cover: negotiation of every format, limits, CORS, the page, errors.</summary>
public class SparqlServerTests
{
    private static Dataset Data()
    {
        var dataset = new Dataset();
        for (int i = 0; i < 10; i++)
            dataset.DefaultGraph.Add(NamedNode.Create($"http://example.org/s{i}"), NamedNode.Create("http://example.org/p"), Literal.Create(i.ToString(), Vocab.Xsd.Integer));
        return dataset;
    }

    [TestCase("application/sparql-results+json", "application/sparql-results+json")]
    [TestCase("application/sparql-results+xml", "application/sparql-results+xml")]
    [TestCase("text/csv", "text/csv")]
    [TestCase("text/tab-separated-values", "text/tab-separated-values")]
    [TestCase("application/json", "application/json")]
    [TestCase("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json")]
    [TestCase("text/*;q=0.5, application/sparql-results+xml;q=0.4", "text/tab-separated-values")]
    [TestCase(null, "application/sparql-results+json")]
    public async Task Select_answers_are_negotiated(string? accept, string expected)
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.QueryEndpoint + "?query=" + Uri.EscapeDataString("SELECT * { ?s ?p ?o }"));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(expected);
        var body = await response.Content.ReadAsStringAsync();
        if (SparqlResultsFormats.TryParseMediaType(expected, out var format) && format != SparqlResultsFormat.Csv)
            SparqlResultsReader.Parse(body, format).ResultSet.Should().HaveCount(10);
    }

    [TestCase("text/turtle")]
    [TestCase("application/n-triples")]
    [TestCase("application/rdf+xml")]
    [TestCase("application/ld+json")]
    [TestCase("application/n-quads")]
    [TestCase("application/trig")]
    public async Task Graph_answers_are_negotiated(string accept)
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var client = new SparqlEndpointClient(server.QueryEndpoint) { GraphAccept = accept };
        var graph = (await client.QueryAsync("CONSTRUCT WHERE { ?s ?p ?o }")).Graph;
        graph.IsIsomorphicWith(Data().DefaultGraph).Should().BeTrue();
    }

    [Test]
    public async Task A_client_reads_every_form_from_the_server()
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var client = new SparqlEndpointClient(server.QueryEndpoint);
        await using (var rows = await client.SelectAsync("SELECT ?s ?o { ?s ?p ?o } ORDER BY ?o"))
        {
            rows.Variables.Should().Equal("s", "o");
            (await rows.ToResultSetAsync()).Should().HaveCount(10);
        }
        (await client.AskAsync("ASK { ?s ?p 3 }")).Should().BeTrue();
        var described = new List<Triple>();
        await foreach (var t in client.DescribeAsync("DESCRIBE <http://example.org/s1>")) described.Add(t);
        described.Should().ContainSingle();
        await client.UpdateAsync("CLEAR ALL");
        (await client.AskAsync("ASK { ?s ?p ?o }")).Should().BeFalse("the update cleared every graph");
        var e = (await FluentActions.Awaiting(() => client.UpdateAsync("CLEAR GRAPH")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Unacceptable_accept_headers_get_the_default_format()
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.QueryEndpoint + "?query=" + Uri.EscapeDataString("ASK {}"));
        request.Headers.TryAddWithoutValidation("Accept", "image/png");
        using var response = await http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/sparql-results+json");
    }

    [Test]
    public async Task Errors_carry_a_message_and_never_a_stack_trace()
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var http = new HttpClient();
        var response = await http.GetAsync(server.QueryEndpoint + "?query=" + Uri.EscapeDataString("SELECT * { ?s ?p }"));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().StartWith("query:1:").And.NotContain(" at KnowledgeGraph.").And.NotContain("Exception");
        (await http.GetAsync(new Uri(server.BaseAddress, "nothing-here"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Long_queries_hit_the_timeout_with_503()
    {
        var dataset = new Dataset();
        for (int i = 0; i < 2000; i++) dataset.DefaultGraph.Add(NamedNode.Create($"http://example.org/s{i}"), NamedNode.Create("http://example.org/p"), Literal.Create(i.ToString()));
        await using var server = await GraphStoreClientTests.StartAsync(dataset, timeout: TimeSpan.FromMilliseconds(300));
        using var client = new SparqlEndpointClient(server.QueryEndpoint);
        var e = (await FluentActions.Awaiting(() => client.QueryAsync("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"))
            .Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        e.BodyStart.Should().Contain("limit");
    }

    [Test]
    public async Task Request_bodies_over_the_limit_get_413()
    {
        await using var server = await GraphStoreClientTests.StartAsync(new Dataset(), maxBody: 1000);
        using var http = new HttpClient();
        var body = new StringContent(string.Concat(Enumerable.Repeat("<http://a> <http://b> <http://c> .\n", 100)), Encoding.UTF8, "application/n-triples");
        var response = await http.PutAsync(server.GraphStoreEndpoint + "?default", body);
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Cors_headers_and_preflight()
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var http = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, server.QueryEndpoint);
        preflight.Headers.Add("Origin", "https://yasgui.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var response = await http.SendAsync(preflight);
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be("*");
        response.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("POST");
        var get = await http.GetAsync(server.QueryEndpoint + "?query=ASK%7B%7D");
        get.Headers.GetValues("Access-Control-Allow-Origin").Single().Should().Be("*");
    }

    [Test]
    public async Task The_query_page_is_plain_html_without_scripts()
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var http = new HttpClient();
        var response = await http.GetAsync(server.BaseAddress);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("<form").And.Contain("name=\"query\"").And.NotContainEquivalentOf("<script").And.NotContain("http://").And.NotContain("https://");
        // The form's own request works: GET sparql?query=…&format=csv.
        var csv = await http.GetStringAsync(server.QueryEndpoint + "?format=csv&query=" + Uri.EscapeDataString("SELECT ?s { ?s ?p 3 }"));
        csv.Should().Be("s\r\nhttp://example.org/s3\r\n");
    }

    [Test]
    public async Task The_server_listens_on_loopback_by_default()
    {
        new KnowledgeGraph.Server.SparqlServerOptions().Bind.Should().Be("127.0.0.1:7878");
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        server.BaseAddress.Host.Should().Be("127.0.0.1");
    }

    [Test]
    public async Task Concurrent_queries_and_graph_writes_do_not_interfere()
    {
        await using var server = await GraphStoreClientTests.StartAsync(Data());
        using var client = new SparqlEndpointClient(server.QueryEndpoint);
        using var store = new GraphStoreClient(server.GraphStoreEndpoint);
        var writers = Enumerable.Range(0, 20).Select(i =>
            store.PostAsync(NamedNode.Create($"http://example.org/g{i % 3}"), [new Triple(NamedNode.Create($"http://example.org/x{i}"), NamedNode.Create("http://example.org/p"), Literal.Create("w"))]));
        var readers = Enumerable.Range(0, 20).Select(_ => client.QueryAsync("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        await Task.WhenAll(writers.Concat<Task>(readers));
        var count = (await client.QueryAsync("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).ResultSet.Single()["n"];
        ((Literal)count!).LexicalForm.Should().Be("20");
    }
}
