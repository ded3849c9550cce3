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
        // using-graph-uri / using-named-graph-uri (SPARQL 1.1 Protocol §2.2.3) are not applied by the engine yet: refuse
        // them plainly rather than run the request over a different dataset than the client asked for.
        if (usingGraphs.Count > 0 || usingNamedGraphs.Count > 0)
            throw new ProtocolException(400, "using-graph-uri and using-named-graph-uri are not supported yet; put USING clauses in the request");
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
            request.Execute(dataset, null, cancellationToken);
        }
        catch (SparqlEvaluationException e)
        {
            throw new ProtocolException(400, e.Message);
        }
    }
}
