using System.Text;
using KnowledgeGraph.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// A SPARQL 1.1 Protocol request read from HTTP (§2.1 query, §2.2 update): GET with <c>query</c>, POST of a form, or
/// POST of the text itself, with the dataset given by <c>default-graph-uri</c>/<c>named-graph-uri</c> (query) or
/// <c>using-graph-uri</c>/<c>using-named-graph-uri</c> (update). Everything the protocol forbids is a 4xx.
/// </summary>
internal sealed class ProtocolRequest
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string QueryType = "application/sparql-query";
    private const string UpdateType = "application/sparql-update";

    public string? Query { get; private init; }

    public string? Update { get; private init; }

    public List<NamedNode> DefaultGraphs { get; } = new();

    public List<NamedNode> NamedGraphs { get; } = new();

    public List<NamedNode> UsingGraphs { get; } = new();

    public List<NamedNode> UsingNamedGraphs { get; } = new();

    /// <summary>The <c>format</c> override of content negotiation, if given.</summary>
    public string? Format { get; private init; }

    public static async Task<ProtocolRequest> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var url = http.Query;
        if (HttpMethods.IsGet(http.Method) || HttpMethods.IsHead(http.Method))
        {
            if (url.ContainsKey("update")) throw new ProtocolException(400, "SPARQL Update must be sent by POST, not GET.");
            if (!url.ContainsKey("query")) throw new ProtocolException(400, "The request has no 'query' parameter. Send ?query=… (see the query page at /).");
            return Build(One(url["query"], "query"), null, url);
        }
        if (!HttpMethods.IsPost(http.Method))
            throw new ProtocolException(405, $"{http.Method} is not a SPARQL Protocol method; use GET or POST.") { Allow = "GET, HEAD, POST, OPTIONS" };
        if (string.IsNullOrEmpty(http.ContentType) || !MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType))
            throw new ProtocolException(400, $"A POST needs a Content-Type: {Form}, {QueryType} or {UpdateType}.");
        var charset = contentType.Charset.Value;
        if (!string.IsNullOrEmpty(charset) && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            throw new ProtocolException(415, $"The request must be UTF-8, not {charset}.");
        switch (contentType.MediaType.Value?.ToLowerInvariant())
        {
            case Form:
                {
                    var form = await http.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                    bool hasQuery = form.ContainsKey("query"), hasUpdate = form.ContainsKey("update");
                    if (hasQuery && hasUpdate) throw new ProtocolException(400, "A request carries either 'query' or 'update', not both.");
                    if (!hasQuery && !hasUpdate) throw new ProtocolException(400, "The form has neither a 'query' nor an 'update' field.");
                    var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
                    foreach (var (key, value) in url) fields[key] = value;
                    foreach (var (key, value) in form) fields[key] = fields.TryGetValue(key, out var v) ? StringValues.Concat(v, value) : value;
                    return hasQuery
                        ? Build(One(form["query"], "query"), null, fields)
                        : Build(null, One(form["update"], "update"), fields);
                }
            case QueryType:
                return Build(await ReadBodyAsync(http, cancellationToken).ConfigureAwait(false), null, url);
            case UpdateType:
                return Build(null, await ReadBodyAsync(http, cancellationToken).ConfigureAwait(false), url);
            default:
                throw new ProtocolException(415, $"Unsupported Content-Type '{contentType.MediaType}'; use {Form}, {QueryType} or {UpdateType}.");
        }
    }

    private static ProtocolRequest Build(string? query, string? update, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var request = new ProtocolRequest
        {
            Query = query,
            Update = update,
            Format = parameters.FirstOrDefault(p => p.Key == "format").Value.FirstOrDefault(),
        };
        foreach (var (key, values) in parameters)
        {
            var target = key switch
            {
                "default-graph-uri" => request.DefaultGraphs,
                "named-graph-uri" => request.NamedGraphs,
                "using-graph-uri" => request.UsingGraphs,
                "using-named-graph-uri" => request.UsingNamedGraphs,
                _ => null,
            };
            if (target is null) continue;
            if (update is not null && (target == request.DefaultGraphs || target == request.NamedGraphs))
                throw new ProtocolException(400, $"'{key}' belongs to queries; an update names its dataset with using-graph-uri and using-named-graph-uri.");
            if (query is not null && (target == request.UsingGraphs || target == request.UsingNamedGraphs))
                throw new ProtocolException(400, $"'{key}' belongs to updates; a query names its dataset with default-graph-uri and named-graph-uri.");
            foreach (var value in values)
            {
                try
                {
                    target.Add(NamedNode.Create(value ?? ""));
                }
                catch (ArgumentException e)
                {
                    throw new ProtocolException(400, $"'{key}' must be an absolute IRI: {e.Message}");
                }
            }
        }
        return request;
    }

    private static string One(StringValues values, string name) =>
        values.Count == 1 ? values[0] ?? "" : throw new ProtocolException(400, $"The request carries {values.Count} '{name}' parameters; send exactly one.");

    private static async Task<string> ReadBodyAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException)
        {
            throw new ProtocolException(400, "The request body is not valid UTF-8.");
        }
    }
}
