using KnowledgeGraph.Model;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Interop;

/// <summary>
/// Our clients and federation against a real Virtuoso 7.2 on loopback: data goes in through the Graph Store
/// Protocol, every query form comes back as the same query gives locally, updates go over the protocol, and SERVICE
/// joins local data with Virtuoso's in batches.
/// </summary>
[NonParallelizable]
public class VirtuosoTests
{
    private const string Ex = "http://example.org/";
    private static readonly NamedNode G = NamedNode.Create(Ex + "graph/main");
    private VirtuosoInstance? _virtuoso;

    private VirtuosoInstance Virtuoso => _virtuoso ?? throw new InvalidOperationException("not started");

    [OneTimeSetUp]
    public void Start()
    {
        try
        {
            _virtuoso = VirtuosoInstance.Start();
        }
        catch (IgnoreException)
        {
            // Skipped in every test below through Require.
        }
    }

    [OneTimeTearDown]
    public void Stop() => _virtuoso?.Dispose();

    [SetUp]
    public void Require() =>
        KnowledgeGraph.TestSupport.ExternalTool.Require(_virtuoso is not null, "Virtuoso 7.2 (virtuoso-t, isql-vt)", "apt-get install virtuoso-opensource, as .ci/install-deps.sh does");

    /// <summary>People, names in two languages, ages, friendships: only IRIs and literals Virtuoso keeps as written.</summary>
    private static Graph People(int count)
    {
        var graph = new Graph();
        var name = NamedNode.Create(Ex + "name");
        var age = NamedNode.Create(Ex + "age");
        var knows = NamedNode.Create(Ex + "knows");
        for (int i = 0; i < count; i++)
        {
            var person = NamedNode.Create($"{Ex}person/{i}");
            graph.Add(person, Vocab.Rdf.Type, NamedNode.Create(Ex + "Person"));
            graph.Add(person, name, Literal.Create($"Person {i}"));
            graph.Add(person, name, Literal.CreateUnchecked($"Personne {i}", Vocab.Rdf.LangString, "fr"));
            graph.Add(person, age, Literal.Create((20 + i % 50).ToString(), Vocab.Xsd.Integer));
            graph.Add(person, knows, NamedNode.Create($"{Ex}person/{(i + 1) % count}"));
        }
        return graph;
    }

    private async Task<Graph> LoadAsync(NamedNode name, Graph data)
    {
        using var store = new GraphStoreClient(Virtuoso.GraphStoreEndpoint) { SendChunked = false };
        await store.PutAsync(name, data);
        return data;
    }

    [Test]
    public async Task Every_query_form_answers_as_the_same_query_does_locally()
    {
        var data = await LoadAsync(G, People(300));
        using var client = new SparqlEndpointClient(Virtuoso.SparqlEndpoint);

        const string Select = "SELECT ?p ?n ?a WHERE { ?p <http://example.org/name> ?n ; <http://example.org/age> ?a FILTER(?a > 60) } ORDER BY ?p ?n";
        await using (var rows = await client.SelectAsync(Select.Replace("WHERE", $"FROM <{G.Value}> WHERE")))
        {
            var remote = await rows.ToResultSetAsync();
            var local = data.Query(Select).ResultSet;
            remote.Select(r => r.ToString()).Should().Equal(local.Select(r => r.ToString()));
            remote.Count.Should().BeGreaterThan(0);
        }

        (await client.AskAsync($"ASK FROM <{G.Value}> {{ <{Ex}person/7> <{Ex}knows> <{Ex}person/8> }}")).Should().BeTrue();
        (await client.AskAsync($"ASK FROM <{G.Value}> {{ <{Ex}person/7> <{Ex}knows> <{Ex}person/9> }}")).Should().BeFalse();

        const string Construct = "CONSTRUCT { ?b <http://example.org/knownBy> ?a } WHERE { ?a <http://example.org/knows> ?b }";
        var constructed = new Graph();
        await foreach (var t in client.ConstructAsync(Construct.Replace("WHERE", $"FROM <{G.Value}> WHERE"))) constructed.Add(t);
        constructed.IsIsomorphicWith(data.Query(Construct).Graph).Should().BeTrue();
        constructed.Count.Should().Be(300);

        var described = new Graph();
        await foreach (var t in client.DescribeAsync($"DESCRIBE <{Ex}person/5> FROM <{G.Value}>")) described.Add(t);
        described.Match(NamedNode.Create(Ex + "person/5")).Should().HaveCountGreaterThanOrEqualTo(5);

        // The whole answer of the untyped call is the right kind for each form, too.
        (await client.QueryAsync(Construct.Replace("WHERE", $"FROM <{G.Value}> WHERE"))).Kind.Should().Be(SparqlResultKind.Graph);
    }

    [Test]
    public async Task A_large_select_streams_from_virtuoso()
    {
        var big = NamedNode.Create(Ex + "graph/big");
        await LoadAsync(big, People(20_000));
        using var client = new SparqlEndpointClient(Virtuoso.SparqlEndpoint);
        int count = 0;
        await using (var rows = await client.SelectAsync($"SELECT ?s ?p ?o FROM <{big.Value}> WHERE {{ ?s ?p ?o }}"))
            await foreach (var _ in rows) count++;
        count.Should().Be(100_000);
    }

    [Test]
    public async Task Updates_go_over_the_protocol()
    {
        var g = NamedNode.Create(Ex + "graph/updated");
        using var client = new SparqlEndpointClient(Virtuoso.SparqlEndpoint);
        await client.UpdateAsync($"INSERT DATA {{ GRAPH <{g.Value}> {{ <{Ex}a> <{Ex}b> \"inserted\"@en, 42 }} }}");
        (await client.AskAsync($"ASK {{ GRAPH <{g.Value}> {{ <{Ex}a> <{Ex}b> \"inserted\"@en }} }}")).Should().BeTrue();
        await client.UpdateAsync($"DELETE DATA {{ GRAPH <{g.Value}> {{ <{Ex}a> <{Ex}b> \"inserted\"@en }} }}");
        (await client.AskAsync($"ASK {{ GRAPH <{g.Value}> {{ <{Ex}a> <{Ex}b> \"inserted\"@en }} }}")).Should().BeFalse();
        (await client.AskAsync($"ASK {{ GRAPH <{g.Value}> {{ <{Ex}a> <{Ex}b> 42 }} }}")).Should().BeTrue();
        var e = (await FluentActions.Awaiting(() => client.UpdateAsync("INSERT DATA { this is not SPARQL }")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().Be(SparqlEndpointFailure.HttpStatus);
        e.BodyStart.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task The_graph_store_protocol_reads_and_writes_graphs()
    {
        var g = NamedNode.Create(Ex + "graph/gsp");
        using var store = new GraphStoreClient(Virtuoso.GraphStoreEndpoint) { SendChunked = false };
        var data = People(2000);
        await store.PutAsync(g, data);
        (await store.ExistsAsync(g)).Should().BeTrue();
        (await store.GetGraphAsync(g)).IsIsomorphicWith(data).Should().BeTrue();
        var extra = new Triple(NamedNode.Create(Ex + "extra"), NamedNode.Create(Ex + "p"), Literal.Create("posted"));
        await store.PostAsync(g, [extra]);
        (await store.GetGraphAsync(g)).Count.Should().Be(data.Count + 1);
        await store.PutAsync(g, [extra]);
        (await store.GetGraphAsync(g)).Single().Should().Be(extra);
        (await store.DeleteAsync(g)).Should().BeTrue();
        var e = (await FluentActions.Awaiting(() => store.GetGraphAsync(g)).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Service_joins_local_data_with_virtuoso_in_batches()
    {
        var remoteGraph = NamedNode.Create(Ex + "graph/service");
        var remote = await LoadAsync(remoteGraph, People(250));
        var local = new Dataset();
        var team = NamedNode.Create(Ex + "team");
        for (int i = 0; i < 250; i += 3) local.DefaultGraph.Add(NamedNode.Create($"{Ex}person/{i}"), team, Literal.Create("t" + i % 4));

        var counting = new CountingServiceClient(new HttpSparqlServiceClient());
        var options = new SparqlQueryOptions { ServiceClient = counting, ServiceBatchSize = 20 };
        var federated = local.Query($$"""
            SELECT ?p ?t ?n WHERE {
              ?p <{{Ex}}team> ?t .
              SERVICE <{{Virtuoso.SparqlEndpoint}}> { GRAPH <{{remoteGraph.Value}}> { ?p <{{Ex}}name> ?n FILTER(lang(?n) = "") } }
            } ORDER BY ?p
            """, options).ResultSet;

        var union = new Dataset();
        foreach (var t in local.DefaultGraph) union.DefaultGraph.Add(t);
        foreach (var t in remote) union.DefaultGraph.Add(t);
        var expected = union.Query($$"""
            SELECT ?p ?t ?n WHERE { ?p <{{Ex}}team> ?t . ?p <{{Ex}}name> ?n FILTER(lang(?n) = "") } ORDER BY ?p
            """).ResultSet;
        federated.Select(r => r.ToString()).Should().Equal(expected.Select(r => r.ToString()));
        federated.Count.Should().Be(84);
        counting.Requests.Should().Be(5, "84 local solutions go in batches of 20, not one request per solution");

        var silent = local.Query("SELECT * WHERE { ?p ?q ?t SERVICE SILENT <http://127.0.0.1:1/sparql> { ?p ?x ?y } }", options).ResultSet;
        silent.Count.Should().Be(84);
    }

    private sealed class CountingServiceClient(ISparqlServiceClient inner) : ISparqlServiceClient
    {
        private int _requests;

        public int Requests => _requests;

        public IEnumerable<SparqlRow> Select(Uri endpoint, string query, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return inner.Select(endpoint, query, cancellationToken);
        }
    }
}
