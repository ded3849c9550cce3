using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Remote;

namespace KnowledgeGraph.Tests.Remote;

/// <summary>Every way an exchange can fail reaches the caller as one <see cref="SparqlEndpointException"/>.</summary>
public class EndpointFailureTests
{
    [Test]
    public async Task A_refused_connection_is_unreachable()
    {
        using var client = new SparqlEndpointClient(new Uri($"http://127.0.0.1:{ClosedPort()}/sparql"));
        var e = (await FluentActions.Awaiting(() => client.AskAsync("ASK {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().Be(SparqlEndpointFailure.Unreachable);
        e.StatusCode.Should().BeNull();
        e.Endpoint!.Port.Should().BeGreaterThan(0);
    }

    [Test]
    public async Task An_unknown_host_is_unreachable()
    {
        // .invalid never resolves (RFC 2606).
        using var client = new SparqlEndpointClient(new Uri("http://no-such-host.invalid/sparql")) { Timeout = TimeSpan.FromSeconds(20) };
        var e = (await FluentActions.Awaiting(() => client.AskAsync("ASK {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().BeOneOf(SparqlEndpointFailure.Unreachable, SparqlEndpointFailure.Timeout);
    }

    [Test]
    public async Task Tls_to_a_plain_http_server_fails_as_tls()
    {
        using var server = new LocalHttpServer((_, _) => Task.FromResult((200, "text/plain", "plain http")));
        var https = new UriBuilder(server.Url) { Scheme = "https" }.Uri;
        using var client = new SparqlEndpointClient(https);
        var e = (await FluentActions.Awaiting(() => client.AskAsync("ASK {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().BeOneOf(SparqlEndpointFailure.Tls, SparqlEndpointFailure.Unreachable);
        e.Message.Should().Contain(https.Host);
    }

    [Test]
    public async Task An_error_status_carries_status_content_type_and_the_start_of_the_body()
    {
        var body = "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error " + new string('.', 5000);
        using var server = new LocalHttpServer((_, _) => Task.FromResult((500, "text/plain", body)));
        using var client = new SparqlEndpointClient(server.Url);
        var e = (await FluentActions.Awaiting(() => client.SelectAsync("SELECT")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().Be(SparqlEndpointFailure.HttpStatus);
        e.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        e.ContentType.Should().Be("text/plain");
        e.BodyStart.Should().StartWith("Virtuoso 37000").And.HaveLength(SparqlEndpointException.MaxBodyStart);
    }

    [Test]
    public async Task An_answer_of_the_wrong_kind_is_unreadable()
    {
        using var server = new LocalHttpServer((_, _) => Task.FromResult((200, "text/html", "<html/>")));
        using var client = new SparqlEndpointClient(server.Url);
        var e = (await FluentActions.Awaiting(() => client.SelectAsync("SELECT * {}")).Should().ThrowAsync<SparqlEndpointException>()).Which;
        e.Failure.Should().Be(SparqlEndpointFailure.UnreadableAnswer);
        e.ContentType.Should().Be("text/html");
    }

    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
