using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// The page at /: a plain HTML form that sends a query to /sparql by GET. No script and nothing loaded from the
/// network, so it works offline and under any content security policy.
/// </summary>
internal static class QueryPage
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>KnowledgeGraph SPARQL endpoint</title>
        <style>
        body { font-family: sans-serif; margin: 2em; max-width: 60em; }
        textarea { width: 100%; font-family: monospace; font-size: 1em; }
        </style>
        </head>
        <body>
        <h1>SPARQL endpoint</h1>
        <p>Queries go to <code>/sparql</code> (SPARQL 1.1 Protocol); graphs are read and written at <code>/store</code>
        (SPARQL 1.1 Graph Store HTTP Protocol).</p>
        <form action="sparql" method="get">
        <p><textarea name="query" rows="14" cols="80">SELECT * WHERE {
          ?s ?p ?o
        }
        LIMIT 25</textarea></p>
        <p><label>Answer format:
        <select name="format">
        <option value="json">SELECT/ASK: JSON</option>
        <option value="xml">SELECT/ASK: XML</option>
        <option value="csv">SELECT/ASK: CSV</option>
        <option value="tsv">SELECT/ASK: TSV</option>
        <option value="turtle">CONSTRUCT/DESCRIBE: Turtle</option>
        <option value="ntriples">CONSTRUCT/DESCRIBE: N-Triples</option>
        <option value="jsonld">CONSTRUCT/DESCRIBE: JSON-LD</option>
        <option value="rdfxml">CONSTRUCT/DESCRIBE: RDF/XML</option>
        </select></label>
        <button type="submit">Run query</button></p>
        </form>
        </body>
        </html>
        """;

    public static async Task WriteAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            throw new ProtocolException(405, "The query page is read with GET.") { Allow = "GET, HEAD" };
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await context.Response.WriteAsync(Html, context.RequestAborted).ConfigureAwait(false);
    }
}
