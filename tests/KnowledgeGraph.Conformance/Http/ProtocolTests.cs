using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Model;
using KnowledgeGraph.Server;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.Http;

/// <summary>
/// The W3C SPARQL 1.1 Protocol and Graph Store HTTP Protocol suites, each test run against its own
/// <see cref="SparqlServer"/> on a loopback port, loaded with the test's <c>ut:graphData</c> as named graphs.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class ProtocolTests
{
    public static IEnumerable<TestCaseData> Protocol() => W3cManifests.Cases("sparql11/protocol/manifest.ttl");

    public static IEnumerable<TestCaseData> GraphStore() => W3cManifests.Cases("sparql11/graph-store-protocol/manifest.ttl");

    [TestCaseSource(nameof(Protocol))]
    public Task SparqlProtocol(ManifestTest? test) => RunAsync(test);

    [TestCaseSource(nameof(GraphStore))]
    public Task GraphStoreProtocol(ManifestTest? test) => RunAsync(test);

    private static async Task RunAsync(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read; see the test description.");
            return;
        }
        var dataset = new Dataset();
        foreach (var data in test.Objects(ManifestTest.Ut + "graphData"))
        {
            var file = ManifestTest.LocalPath(test.Object(ManifestTest.Ut + "graph", data)!);
            var name = test.Literal("http://www.w3.org/2000/01/rdf-schema#label", data)!;
            var graph = dataset.GetOrCreateGraph(NamedNode.Create(name));
            foreach (var t in Graph.Load(file, RdfFormat.NTriples)) graph.Add(t);
        }
        await using var server = new SparqlServer(dataset, new SparqlServerOptions { Bind = "127.0.0.1:0" });
        await server.StartAsync();
        await HttpExchangeTest.RunAsync(test, server.BaseAddress);
    }
}
