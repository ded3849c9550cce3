using KnowledgeGraph.Model;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Server;

/// <summary>The Graph Store Protocol client against our own server on loopback: every method, both graph kinds.</summary>
public class GraphStoreClientTests
{
    private static readonly NamedNode G = NamedNode.Create("http://example.org/g");
    private static readonly NamedNode P = NamedNode.Create("http://example.org/p");

    private static Triple T(int i) => new(NamedNode.Create($"http://example.org/s{i}"), P, Literal.Create(i.ToString()));

    [Test]
    public async Task Put_get_post_head_delete_on_a_named_graph()
    {
        await using var server = await StartAsync(new Dataset());
        using var store = new GraphStoreClient(server.GraphStoreEndpoint);
        (await store.ExistsAsync(G)).Should().BeFalse();
        await store.PutAsync(G, [T(1), T(2)]);
        (await store.ExistsAsync(G)).Should().BeTrue();
        (await store.GetGraphAsync(G)).Count.Should().Be(2);
        await store.PostAsync(G, [T(3)]);
        (await store.GetGraphAsync(G)).Count.Should().Be(3);
        await store.PutAsync(G, [T(4)]);
        (await store.GetGraphAsync(G)).Single().Should().Be(T(4));
        (await store.DeleteAsync(G)).Should().BeTrue();
        (await store.DeleteAsync(G)).Should().BeFalse();
        var e = (await FluentActions.Awaiting(() => store.GetGraphAsync(G)).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_default_graph_is_addressed_with_null()
    {
        var dataset = new Dataset();
        dataset.DefaultGraph.Add(T(0));
        await using var server = await StartAsync(dataset);
        using var store = new GraphStoreClient(server.GraphStoreEndpoint);
        (await store.ExistsAsync(null)).Should().BeTrue();
        await store.PostAsync(null, [T(1)]);
        (await store.GetGraphAsync(null)).Count.Should().Be(2);
        await store.DeleteAsync(null);
        (await store.GetGraphAsync(null)).Count.Should().Be(0);
    }

    [Test]
    public async Task Uploads_and_downloads_stream()
    {
        const int Count = 100_000;
        await using var server = await StartAsync(new Dataset());
        using var store = new GraphStoreClient(server.GraphStoreEndpoint);
        await store.PutAsync(G, Generate(Count));
        using var spooling = new GraphStoreClient(server.GraphStoreEndpoint) { SendChunked = false };
        await spooling.PostAsync(NamedNode.Create("http://example.org/spooled"), Generate(Count));
        (await spooling.GetGraphAsync(NamedNode.Create("http://example.org/spooled"))).Count.Should().Be(Count);
        int n = 0;
        await foreach (var _ in store.GetAsync(G)) n++;
        n.Should().Be(Count);
    }

    [Test]
    public async Task A_read_only_server_refuses_writes()
    {
        await using var server = await StartAsync(new Dataset(), readOnly: true);
        using var store = new GraphStoreClient(server.GraphStoreEndpoint);
        var e = (await FluentActions.Awaiting(() => store.PutAsync(G, [T(1)])).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
        e.BodyStart.Should().Contain("read-only");
    }

    private static async IAsyncEnumerable<Triple> Generate(int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (i % 10_000 == 0) await Task.Yield();
            yield return T(i);
        }
    }

    internal static async Task<SparqlServer> StartAsync(Dataset dataset, bool readOnly = false, TimeSpan? timeout = null, long? maxBody = null)
    {
        var options = new SparqlServerOptions { Bind = "127.0.0.1:0", ReadOnly = readOnly, QueryTimeout = timeout ?? TimeSpan.FromSeconds(60) };
        if (maxBody is not null) options.MaxRequestBodyBytes = maxBody.Value;
        var server = new SparqlServer(dataset, options);
        await server.StartAsync();
        return server;
    }
}
