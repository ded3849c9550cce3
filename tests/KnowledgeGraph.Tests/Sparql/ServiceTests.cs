using KnowledgeGraph.Model;
using KnowledgeGraph.Server;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Sparql;

/// <summary>SERVICE stays off the network unless allowed, and sends solutions in batches when it is.</summary>
public class ServiceTests
{
    private static Dataset Local(int count)
    {
        var dataset = new Dataset();
        for (int i = 0; i < count; i++)
            dataset.DefaultGraph.Add(NamedNode.Create($"http://example.org/s{i}"), NamedNode.Create("http://example.org/local"), Literal.Create(i.ToString(), Vocab.Xsd.Integer));
        return dataset;
    }

    [Test]
    public void Without_a_service_client_service_fails_and_silent_has_no_effect()
    {
        var data = Local(3);
        FluentActions.Invoking(() => data.Query("SELECT * { ?s ?p ?o SERVICE <http://example.org/sparql> { ?s ?q ?v } }"))
            .Should().Throw<SparqlEvaluationException>().WithMessage("*ServiceClient*");
        data.Query("SELECT * { ?s ?p ?o SERVICE SILENT <http://example.org/sparql> { ?s ?q ?v } }").ResultSet.Should().HaveCount(3);
    }

    [Test]
    public async Task Bound_values_travel_in_batches_and_join_back_exactly()
    {
        var remote = new Dataset();
        for (int i = 0; i < 100; i += 2)
            remote.DefaultGraph.Add(NamedNode.Create($"http://example.org/s{i}"), NamedNode.Create("http://example.org/remote"), Literal.Create("r" + i));
        // A blank node on the remote side, which must not meet a local one of the same label.
        remote.DefaultGraph.Add(BlankNode.Create("b0"), NamedNode.Create("http://example.org/remote"), Literal.Create("blank"));
        await using var server = new SparqlServer(remote, new SparqlServerOptions { Bind = "127.0.0.1:0" });
        await server.StartAsync();
        var queries = new List<string>();
        var client = new RecordingClient(new KnowledgeGraph.Remote.HttpSparqlServiceClient(), queries);
        var options = new SparqlQueryOptions { ServiceClient = client, ServiceBatchSize = 16 };
        var local = Local(100);
        // Duplicate local solutions (two rows per subject) must each join once, not twice.
        foreach (var t in local.DefaultGraph.ToList()) local.DefaultGraph.Add(t.Subject, NamedNode.Create("http://example.org/twice"), Literal.Create("x"));
        var result = local.Query($$"""
            SELECT ?s ?n ?r WHERE {
              ?s <http://example.org/local> ?n .
              ?s ?anything ?x .
              SERVICE <{{server.QueryEndpoint}}> { ?s <http://example.org/remote> ?r }
            }
            """, options).ResultSet;
        result.Should().HaveCount(100, "50 remote matches times the two local rows of each subject");
        queries.Should().HaveCount(13, "200 local solutions in batches of 16");
        queries[0].Should().Contain("VALUES (?__kgrow ?s)");
        var optional = local.Query($$"""
            SELECT ?s ?r WHERE { ?s <http://example.org/local> ?n OPTIONAL { SERVICE <{{server.QueryEndpoint}}> { ?s <http://example.org/remote> ?r } } }
            """, options).ResultSet;
        optional.Should().HaveCount(100);
        optional.Count(r => r["r"] is null).Should().Be(50);
    }

    private sealed class RecordingClient(ISparqlServiceClient inner, List<string> queries) : ISparqlServiceClient
    {
        public IEnumerable<SparqlRow> Select(Uri endpoint, string query, CancellationToken cancellationToken)
        {
            lock (queries) queries.Add(query);
            return inner.Select(endpoint, query, cancellationToken);
        }
    }
}
