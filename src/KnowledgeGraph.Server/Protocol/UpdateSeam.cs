using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// Where the update endpoint meets the SPARQL Update engine. The engine (SparqlUpdate.Parse / Execute,
/// <c>dataset.Update(text)</c>) is being written on another branch; until it is on main, <see cref="PendingUpdateEngine"/>
/// answers 501 with a message, and the protocol checks around it (method, media type, read-only) already run.
/// </summary>
internal interface IUpdateEngine
{
    /// <summary>Parses and applies <paramref name="update"/> atomically; the protocol's USING graphs replace the request's USING clauses.</summary>
    /// <exception cref="ProtocolException">400 for a syntax error, 501 while no engine is available.</exception>
    void Execute(Dataset dataset, string update, string baseIri, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamedGraphs,
        CancellationToken cancellationToken);
}

internal sealed class PendingUpdateEngine : IUpdateEngine
{
    public static readonly PendingUpdateEngine Instance = new();

    public void Execute(Dataset dataset, string update, string baseIri, IReadOnlyList<NamedNode> usingGraphs, IReadOnlyList<NamedNode> usingNamedGraphs,
        CancellationToken cancellationToken) =>
        throw new ProtocolException(501, "SPARQL Update is not available in this build yet; the Graph Store Protocol at /store can change graphs.");
}
