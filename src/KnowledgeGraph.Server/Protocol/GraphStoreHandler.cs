using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// The SPARQL 1.1 Graph Store HTTP Protocol at /store: graphs named indirectly (<c>?default</c>, <c>?graph=IRI</c>)
/// or directly (the request URL under /store is the graph's IRI). Bodies are parsed outside the lock into a
/// scratch graph, then swapped in under the write lock, so a syntax error changes nothing.
/// </summary>
internal sealed class GraphStoreHandler(Dataset dataset, SparqlServerOptions options, AsyncReaderWriterLock gate)
{
    public async Task HandleAsync(HttpContext context, string storePath)
    {
        var token = context.RequestAborted;
        var method = context.Request.Method;
        var target = Target(context, storePath);
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            if (target.IsStore) throw new ProtocolException(400, "Name a graph: ?default, ?graph=IRI, or a URL below /store.");
            var (mediaType, format) = ContentNegotiation.Rdf(context.Request.Headers.Accept.ToString(), context.Request.Query["format"].FirstOrDefault());
            Graph copy;
            using (await gate.ReadAsync(token).ConfigureAwait(false))
            {
                var graph = Find(target) ?? throw new ProtocolException(404, $"There is no graph {target.Name}.");
                copy = new Graph();
                foreach (var t in graph) copy.Add(t);
                foreach (var (prefix, ns) in graph.Prefixes) copy.Prefixes.Add(prefix, ns);
            }
            context.Response.StatusCode = 200;
            context.Response.ContentType = mediaType + "; charset=utf-8";
            if (HttpMethods.IsHead(method)) return;
            await SparqlProtocolHandler.WriteAsync(context, writer => copy.Write(writer, format)).ConfigureAwait(false);
            return;
        }
        bool put = HttpMethods.IsPut(method), post = HttpMethods.IsPost(method), delete = HttpMethods.IsDelete(method);
        if (!put && !post && !delete)
            throw new ProtocolException(405, $"{method} is not a Graph Store Protocol method.") { Allow = "GET, HEAD, PUT, POST, DELETE, OPTIONS" };
        if (options.ReadOnly) throw new ProtocolException(403, "This server is read-only: graphs cannot be changed.");
        if (delete)
        {
            if (target.IsStore) throw new ProtocolException(400, "Name the graph to delete: ?default, ?graph=IRI, or a URL below /store.");
            bool existed;
            using (await gate.WriteAsync(token).ConfigureAwait(false))
            {
                existed = target.Name is null ? Clear(dataset.DefaultGraph) : dataset.RemoveGraph(target.Name);
            }
            if (!existed && target.Name is not null) throw new ProtocolException(404, $"There is no graph {target.Name}.");
            context.Response.StatusCode = 204;
            return;
        }
        string? location = null;
        if (target.IsStore)
        {
            if (put) throw new ProtocolException(400, "Name the graph to replace: ?default, ?graph=IRI, or a URL below /store.");
            location = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{storePath}/{Guid.NewGuid():N}";
            target = new GraphTarget(NamedNode.Create(location), false);
        }
        var incoming = await ReadBodyAsync(context, target, token).ConfigureAwait(false);
        bool created;
        using (await gate.WriteAsync(token).ConfigureAwait(false))
        {
            var existing = Find(target);
            created = existing is null;
            var graph = existing ?? dataset.GetOrCreateGraph(target.Name!);
            if (put && !created) Clear(graph);
            foreach (var t in incoming) graph.Add(t);
        }
        if (location is not null) context.Response.Headers.Location = location;
        context.Response.StatusCode = created ? 201 : 204;
    }

    private Graph? Find(GraphTarget target) =>
        target.Name is null ? dataset.DefaultGraph : dataset.TryGetGraph(target.Name, out var g) ? g : null;

    private static bool Clear(Graph graph)
    {
        foreach (var t in graph.ToList()) graph.Remove(t);
        return true;
    }

    /// <summary>The graph a request names; <see cref="GraphTarget.IsStore"/> when it names the store itself.</summary>
    private static GraphTarget Target(HttpContext context, string storePath)
    {
        var query = context.Request.Query;
        bool isDefault = query.ContainsKey("default");
        var graph = query["graph"];
        if (isDefault && graph.Count > 0) throw new ProtocolException(400, "Give either ?default or ?graph=IRI, not both.");
        if (graph.Count > 1) throw new ProtocolException(400, "Give one ?graph=IRI.");
        if (isDefault) return new GraphTarget(null, false);
        if (graph.Count == 1)
        {
            try
            {
                return new GraphTarget(NamedNode.Create(graph[0] ?? ""), false);
            }
            catch (ArgumentException e)
            {
                throw new ProtocolException(400, $"?graph must be an absolute IRI: {e.Message}");
            }
        }
        var path = context.Request.Path.Value ?? "";
        if (path.TrimEnd('/') == storePath) return new GraphTarget(null, true);
        return new GraphTarget(NamedNode.Create($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{path}"), false);
    }

    /// <summary>Parses the body (one RDF document, or a multipart form of several) into a scratch graph.</summary>
    private static async Task<Graph> ReadBodyAsync(HttpContext context, GraphTarget target, CancellationToken token)
    {
        var graph = new Graph();
        var baseIri = target.Name?.Value ?? $"{context.Request.Scheme}://{context.Request.Host}/store";
        var contentType = context.Request.ContentType;
        if (contentType is not null && contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await context.Request.ReadFormAsync(token).ConfigureAwait(false);
            foreach (var file in form.Files)
            {
                var format = ContentNegotiation.RdfOfContentType(file.ContentType) ?? RdfFormat.FromPath(file.FileName)
                    ?? throw new ProtocolException(415, $"The part '{file.FileName}' has no RDF media type.");
                await using var stream = file.OpenReadStream();
                Parse(stream, format, baseIri, file.FileName, graph, token);
            }
            return graph;
        }
        var bodyFormat = ContentNegotiation.RdfOfContentType(contentType)
            ?? throw new ProtocolException(415, $"Unsupported Content-Type '{contentType}'; send an RDF syntax (text/turtle, application/n-triples, application/rdf+xml, application/ld+json, …).");
        context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        // Kestrel's body stream blocks per read; the body is bounded by the request size limit.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, token).ConfigureAwait(false);
        buffer.Position = 0;
        Parse(buffer, bodyFormat, baseIri, "body", graph, token);
        return graph;
    }

    private static void Parse(Stream stream, RdfFormat format, string baseIri, string sourceName, Graph into, CancellationToken token)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            format.CreateReader().Read(reader, new DelegateSink(q => into.Add(q.Triple)), new RdfReaderOptions { BaseIri = baseIri, SourceName = sourceName }, token);
        }
        catch (RdfSyntaxException e)
        {
            throw new ProtocolException(400, e.Message);
        }
        catch (DecoderFallbackException)
        {
            throw new ProtocolException(400, "The request body is not valid UTF-8.");
        }
    }

    private readonly record struct GraphTarget(NamedNode? Name, bool IsStore);
}
