using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>Where the update endpoint meets the SPARQL Update engine.</summary>
internal interface IUpdateEngine
{
    /// <summary>Parses and applies <paramref name="update"/> atomically; the protocol's USING graphs replace the request's USING clauses.</summary>
    /// <exception cref="ProtocolException">400 for a syntax error or a request that cannot be applied.</exception>
    void Execute(Dataset dataset, string update, string baseIri, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamedGraphs,
        CancellationToken cancellationToken);
}

/// <summary>Runs requests with the library's SPARQL 1.1 Update engine: each request is one transaction on the dataset.</summary>
internal sealed class SparqlUpdateEngine : IUpdateEngine
{
    public static readonly SparqlUpdateEngine Instance = new();

    public void Execute(Dataset dataset, string update, string baseIri, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamedGraphs,
        CancellationToken cancellationToken)
    {
        SparqlUpdate request;
        try
        {
            request = SparqlUpdate.Parse(update, baseIri);
        }
        catch (RdfSyntaxException e)
        {
            throw new ProtocolException(400, e.Message);
        }
        try
        {
            // using-graph-uri / using-named-graph-uri (SPARQL 1.1 Protocol §2.2.3) act as USING clauses on each operation.
            var options = new SparqlUpdateOptions();
            foreach (var g in usingGraphs) options.UsingGraphs.Add(g);
            foreach (var g in usingNamedGraphs) options.UsingNamedGraphs.Add(g);
            request.Execute(dataset, options, cancellationToken);
        }
        catch (Exception e) when (e is SparqlEvaluationException or ArgumentException)
        {
            throw new ProtocolException(400, e.Message);
        }
    }
}
