namespace KnowledgeGraph.Sparql.Updating.Operations;

/// <summary>
/// A parsed update request (Update, §19.8 [29]): its operations in order, each WHERE pattern still as syntax until
/// the algebra builder translates it, and every variable name the request mentions (to validate parameters).
/// </summary>
internal sealed class UpdateSyntax
{
    public List<UpdateOperation> Operations { get; } = new();

    /// <summary>The base IRI in force at the end of the request (for functions such as IRI()).</summary>
    public string? BaseIri { get; set; }

    public HashSet<string> Variables { get; } = new(StringComparer.Ordinal);
}
