using KnowledgeGraph.Sparql.Results;
using System.Text;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>The SPARQL 1.1 Protocol at /sparql: queries under the read lock, updates under the write lock.</summary>
internal sealed class SparqlProtocolHandler(Dataset dataset, SparqlServerOptions options, AsyncReaderWriterLock gate, IUpdateEngine updates)
{
    public async Task HandleAsync(HttpContext context)
    {
        var token = context.RequestAborted;
        var request = await ProtocolRequest.ReadAsync(context.Request, token).ConfigureAwait(false);
        var baseIri = EndpointUrl(context);
        if (request.Query is not null) await QueryAsync(context, request, baseIri, token).ConfigureAwait(false);
        else await UpdateAsync(context, request, baseIri, token).ConfigureAwait(false);
    }

    private async Task QueryAsync(HttpContext context, ProtocolRequest request, string baseIri, CancellationToken token)
    {
        SparqlQuery query;
        try
        {
            query = SparqlQuery.Parse(request.Query!, baseIri);
        }
        catch (SparqlSyntaxException e)
        {
            throw new ProtocolException(400, e.Message);
        }
        var accept = context.Request.Headers.Accept.ToString();
        bool graphAnswer = query.Form is SparqlQueryForm.Construct or SparqlQueryForm.Describe;
        var (mediaType, results) = graphAnswer ? default : ContentNegotiation.Results(accept, request.Format);
        var (rdfType, rdf) = graphAnswer ? ContentNegotiation.Rdf(accept, request.Format) : default;

        var queryOptions = new SparqlQueryOptions { Timeout = options.QueryTimeout, ServiceClient = options.ServiceClient };
        foreach (var g in request.DefaultGraphs) queryOptions.DefaultGraphs.Add(g);
        foreach (var g in request.NamedGraphs) queryOptions.NamedGraphs.Add(g);
        // Queries read one snapshot and never write to the store; the read lock only keeps them from seeing a
        // Graph Store PUT half done (its clear and its adds).
        SparqlResult result;
        using (await gate.ReadAsync(token).ConfigureAwait(false))
        {
            try
            {
                result = query.Execute(dataset, queryOptions, token);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                throw new ProtocolException(503, $"The query ran longer than the server's limit of {options.QueryTimeout?.TotalSeconds} seconds.");
            }
            catch (SparqlEvaluationException e)
            {
                throw new ProtocolException(400, e.Message);
            }
        }
        context.Response.StatusCode = 200;
        context.Response.Headers.Vary = "Accept";
        context.Response.ContentType = (graphAnswer ? rdfType : mediaType) + "; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await WriteAsync(context, writer =>
        {
            if (graphAnswer) result.Graph.Write(writer, rdf!);
            else SparqlResultsWriter.Write(result, writer, results);
        }).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context, ProtocolRequest request, string baseIri, CancellationToken token)
    {
        if (options.ReadOnly) throw new ProtocolException(403, "This server is read-only: updates are refused.");
        using (await gate.WriteAsync(token).ConfigureAwait(false))
            updates.Execute(dataset, request.Update!, baseIri, request.UsingGraphs, request.UsingNamedGraphs, token);
        context.Response.StatusCode = 204;
    }

    /// <summary>Writes the body with the synchronous writers of the core library, through a large buffer.</summary>
    internal static async Task WriteAsync(HttpContext context, Action<TextWriter> write)
    {
        context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        write(writer);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The endpoint's own URL: the base IRI of queries and updates sent to it (Protocol §2.1.2).</summary>
    private static string EndpointUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}";
}
