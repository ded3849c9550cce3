namespace KnowledgeGraph.Storage;

/// <summary>
/// A reader whose graphs are in-memory <see cref="TripleTable"/>s: the engine and the writers take the table once
/// and search it directly, instead of an interface call per lookup. Declared here, beside the interface it speeds
/// up, so nothing needs to know the in-memory store's classes.
/// </summary>
internal interface ITableReader : IStoreReader
{
    /// <summary>The table of graph <paramref name="graph"/>, or null when the graph does not exist.</summary>
    TripleTable? Table(int graph);

    /// <summary>The dictionary behind the ids.</summary>
    TermDictionary Dictionary { get; }
}
