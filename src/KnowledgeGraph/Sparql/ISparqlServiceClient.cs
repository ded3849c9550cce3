namespace KnowledgeGraph.Sparql;

/// <summary>
/// Answers the <see href="https://www.w3.org/TR/sparql11-federated-query/">SERVICE</see> clauses of a query: the
/// engine sends each remote endpoint a SELECT query (the SERVICE pattern, with the solutions found so far in a
/// VALUES block) and joins the rows back. Queries reach the network only through an instance given in
/// <see cref="SparqlQueryOptions.ServiceClient"/>; <see cref="Remote.HttpSparqlServiceClient"/> speaks the SPARQL 1.1
/// Protocol. Implementations must be thread-safe.
/// </summary>
public interface ISparqlServiceClient
{
    /// <summary>Runs a SELECT <paramref name="query"/> at <paramref name="endpoint"/>, yielding rows as they arrive.</summary>
    /// <exception cref="Remote.SparqlEndpointException">The endpoint failed (SERVICE SILENT turns this into no effect).</exception>
    IEnumerable<SparqlRow> Select(Uri endpoint, string query, CancellationToken cancellationToken);
}
