using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Tests.Remote;

/// <summary>A one-handler HTTP server on 127.0.0.1 and a free port, for testing clients without the network.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, string, Task<(int Status, string ContentType, string Body)>> _handler;
    private readonly Task _loop;

    public LocalHttpServer(Func<HttpListenerRequest, string, Task<(int Status, string ContentType, string Body)>> handler)
    {
        _handler = handler;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/sparql");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri Url { get; }

    /// <summary>The requests seen so far: method, raw URL and body.</summary>
    public List<(string Method, string Url, string Body)> Requests { get; } = new();

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                    var body = await reader.ReadToEndAsync();
                    lock (Requests) Requests.Add((context.Request.HttpMethod, context.Request.RawUrl ?? "", body));
                    var (status, contentType, text) = await _handler(context.Request, body);
                    var bytes = Encoding.UTF8.GetBytes(text);
                    context.Response.StatusCode = status;
                    context.Response.ContentType = contentType;
                    context.Response.ContentLength64 = bytes.Length;
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
                catch (Exception)
                {
                    // The client may have gone away (timeout and cancellation tests); nothing to do.
                }
            });
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
