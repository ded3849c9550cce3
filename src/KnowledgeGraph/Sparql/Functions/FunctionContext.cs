namespace KnowledgeGraph.Sparql.Functions;

/// <summary>What built-in functions may depend on beyond their arguments: fixed for one query execution.</summary>
internal sealed class FunctionContext
{
    /// <summary>The value NOW() returns throughout one query.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The query's base IRI, for IRI()/URI() of relative strings.</summary>
    public string? BaseIri { get; init; }

    /// <summary>Random source for RAND(); seeded per query for reproducible tests when wanted.</summary>
    public Random Random { get; init; } = Random.Shared;
}
