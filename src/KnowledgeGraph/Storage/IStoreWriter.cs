using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// An exclusive write transaction on a quad store: at most one is open per store at a time, and reads through it
/// see its own writes. <see cref="Commit"/> makes every change visible and durable at once; disposing without
/// committing discards them all.
/// </summary>
public interface IStoreWriter : IStoreReader
{
    /// <summary>The id of <paramref name="term"/>, added to the dictionary if the store has never held it.</summary>
    int GetOrAddId(Term term);

    /// <summary>Adds a triple to graph <paramref name="graph"/> (0 for the default graph; a named graph is created
    /// when absent); false when it was already there.</summary>
    bool Add(int graph, IdTriple triple);

    /// <summary>Removes a triple from graph <paramref name="graph"/>; false when it was not there.</summary>
    bool Remove(int graph, IdTriple triple);

    /// <summary>Creates the empty named graph <paramref name="graph"/>; false when it already exists.</summary>
    bool CreateGraph(int graph);

    /// <summary>Removes the named graph <paramref name="graph"/> with all its triples; false when it did not exist.
    /// Dropping graph 0 empties the default graph.</summary>
    bool DropGraph(int graph);

    /// <summary>Applies every change of this transaction at once. The writer is finished afterwards.</summary>
    void Commit();
}
