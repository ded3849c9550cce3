using System.Net;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Server;

/// <summary>
/// Serves a <see cref="Dataset"/> over HTTP with Kestrel: the <see href="https://www.w3.org/TR/sparql11-protocol/">SPARQL
/// 1.1 Protocol</see> at <c>/sparql</c> (query, and update unless read-only), the
/// <see href="https://www.w3.org/TR/sparql11-http-rdf-update/">Graph Store HTTP Protocol</see> at <c>/store</c>, and a
/// query page at <c>/</c>. Answers are chosen by content negotiation (SPARQL Results JSON and Turtle by default).
/// Queries run concurrently; updates and graph writes run alone. Error answers carry a one-line message, never a
/// stack trace. Listens on loopback unless told otherwise. Start and stop from one thread; requests are served
/// concurrently.
/// </summary>
/// <example>
/// <code>
/// await using var server = new SparqlServer(dataset, new SparqlServerOptions { Bind = "127.0.0.1:0" });
/// await server.StartAsync();
/// Console.WriteLine(server.QueryEndpoint); // http://127.0.0.1:PORT/sparql
/// </code>
/// </example>
public sealed class SparqlServer : IAsyncDisposable
{
    private const string SparqlPath = "/sparql";
    private const string StorePath = "/store";

    private readonly SparqlServerOptions _options;
    private readonly SparqlProtocolHandler _sparql;
    private readonly GraphStoreHandler _store;
    private WebApplication? _app;

    /// <summary>Creates a server for <paramref name="dataset"/>; nothing listens until <see cref="StartAsync"/>.</summary>
    public SparqlServer(Dataset dataset, SparqlServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _options = options ?? new SparqlServerOptions();
        var gate = new AsyncReaderWriterLock();
        _sparql = new SparqlProtocolHandler(dataset, _options, gate, SparqlUpdateEngine.Instance);
        _store = new GraphStoreHandler(dataset, _options, gate);
    }

    /// <summary>The root URL the server listens on (with the real port when <see cref="SparqlServerOptions.Bind"/> asked for port 0).</summary>
    /// <exception cref="InvalidOperationException">The server is not started.</exception>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The SPARQL Protocol endpoint: <c>{BaseAddress}sparql</c>.</summary>
    public Uri QueryEndpoint => new(BaseAddress, "sparql");

    /// <summary>The Graph Store Protocol endpoint: <c>{BaseAddress}store</c>.</summary>
    public Uri GraphStoreEndpoint => new(BaseAddress, "store");

    /// <summary>Binds the address and starts serving.</summary>
    /// <exception cref="ArgumentException"><see cref="SparqlServerOptions.Bind"/> is not HOST:PORT.</exception>
    /// <exception cref="IOException">The address cannot be bound (in use, or not a local address).</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null) throw new InvalidOperationException("The server is already started.");
        var (address, port) = ParseBind(_options.Bind);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = _options.MaxRequestBodyBytes;
            kestrel.Listen(address, port);
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
        {
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, _options.MaxRequestBodyBytes);
            form.MultipartBodyLengthLimit = _options.MaxRequestBodyBytes;
        });
        var app = builder.Build();
        app.Run(DispatchAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"Cannot listen on {_options.Bind}: {e.Message}", e);
        }
        _app = app;
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(bound.EndsWith('/') ? bound : bound + "/");
    }

    /// <summary>Stops listening, letting requests in flight finish.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_app is null) return;
        await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _app = null;
    }

    private async Task DispatchAsync(HttpContext context)
    {
        try
        {
            if (_options.CorsOrigin is { } origin)
            {
                context.Response.Headers.AccessControlAllowOrigin = origin;
                context.Response.Headers.AccessControlExposeHeaders = "Content-Type, Location";
            }
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.Headers.AccessControlAllowMethods = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
                context.Response.Headers.AccessControlAllowHeaders = "Accept, Content-Type, Authorization";
                context.Response.Headers.AccessControlMaxAge = "86400";
                context.Response.Headers.Allow = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
                context.Response.StatusCode = 204;
                return;
            }
            var path = context.Request.Path.Value ?? "/";
            if (path is "/" or "") await QueryPage.WriteAsync(context).ConfigureAwait(false);
            else if (path.TrimEnd('/') == SparqlPath) await _sparql.HandleAsync(context).ConfigureAwait(false);
            else if (path.TrimEnd('/') == StorePath || path.StartsWith(StorePath + "/", StringComparison.Ordinal))
                await _store.HandleAsync(context, StorePath).ConfigureAwait(false);
            else throw new ProtocolException(404, $"Nothing at {path}: queries go to {SparqlPath}, graphs to {StorePath}, the query page is at /.");
        }
        catch (ProtocolException e)
        {
            if (e.Allow is not null && !context.Response.HasStarted) context.Response.Headers.Allow = e.Allow;
            await ErrorAsync(context, e.Status, e.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            await ErrorAsync(context, e.StatusCode, e.StatusCode == 413
                ? $"The request body is larger than the server's limit of {_options.MaxRequestBodyBytes} bytes."
                : e.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception e)
        {
            await ErrorAsync(context, 500, $"The server failed: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
        }
    }

    private static async Task ErrorAsync(HttpContext context, int status, string message)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.WriteAsync(message.ReplaceLineEndings(" ") + "\n", context.RequestAborted).ConfigureAwait(false);
    }

    private static (IPAddress Address, int Port) ParseBind(string bind)
    {
        int colon = bind.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(bind.AsSpan(colon + 1), out int port) || port is < 0 or > 65535)
            throw new ArgumentException($"'{bind}' is not HOST:PORT.", nameof(bind));
        var host = bind[..colon].Trim('[', ']');
        if (host == "localhost") return (IPAddress.Loopback, port);
        if (IPAddress.TryParse(host, out var address)) return (address, port);
        var resolved = Dns.GetHostAddresses(host);
        if (resolved.Length == 0) throw new ArgumentException($"'{host}' does not resolve to an address.", nameof(bind));
        return (resolved[0], port);
    }
}
