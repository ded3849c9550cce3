using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Conformance.Sparql.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.Sparql;

/// <summary>
/// The W3C SPARQL 1.1 Federated Query tests (sparql11/service). Each <c>qt:serviceData</c> endpoint is a real
/// <see cref="SparqlServer"/> on a loopback port holding that data; the endpoint IRIs the queries name
/// (http://example.org/sparql, …) reach it through a service client that maps them to the loopback URLs, over HTTP.
/// An endpoint the test does not serve (http://invalid.endpoint.org/sparql) is unreachable, as on the web.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class ServiceTests
{
    public static IEnumerable<TestCaseData> Service() => W3cManifests.Cases("sparql11/service/manifest.ttl");

    [TestCaseSource(nameof(Service))]
    public async Task Federated(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read; see the test description.");
            return;
        }
        var client = new LoopbackServiceClient();
        var servers = new List<SparqlServer>();
        try
        {
            foreach (var service in test.Objects(ManifestTest.Qt + "serviceData", test.Action))
            {
                var endpoint = ((NamedNode)test.Object(ManifestTest.Qt + "endpoint", service)!).Value;
                var file = ManifestTest.LocalPath(test.Object(ManifestTest.Qt + "data", service)!);
                var data = new Dataset();
                foreach (var t in Graph.Load(file, RdfFormat.Turtle, W3cManifests.IriOf(file))) data.DefaultGraph.Add(t);
                var server = new SparqlServer(data, new SparqlServerOptions { Bind = "127.0.0.1:0", ServiceClient = client });
                servers.Add(server);
                await server.StartAsync();
                client.Map[endpoint] = server.QueryEndpoint;
            }
            var action = QueryTestAction.Of(test);
            var query = SparqlQuery.Parse(action.ReadQuery(), action.QueryIri);
            var options = new SparqlQueryOptions { Timeout = TimeSpan.FromSeconds(60), ServiceClient = client, ServiceBatchSize = 2 };
            var actual = query.Execute(action.LoadDataset(), options);
            var expected = ExpectedResult.Load(ManifestTest.LocalPath(test.Result!));
            Assert.That(ResultSetComparer.Compare(expected.Result.ResultSet, actual.ResultSet, false, null), Is.Null);
        }
        finally
        {
            foreach (var s in servers) await s.DisposeAsync();
        }
    }

    /// <summary>Sends SERVICE requests for the test's endpoint IRIs to the loopback servers standing in for them.</summary>
    private sealed class LoopbackServiceClient : ISparqlServiceClient
    {
        private readonly HttpSparqlServiceClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

        public Dictionary<string, Uri> Map { get; } = new();

        public IEnumerable<SparqlRow> Select(Uri endpoint, string query, CancellationToken cancellationToken) =>
            Map.TryGetValue(endpoint.AbsoluteUri, out var local)
                ? _http.Select(local, query, cancellationToken)
                : throw new SparqlEndpointException($"{endpoint} could not be reached: no such host", SparqlEndpointFailure.Unreachable, endpoint);
    }
}
