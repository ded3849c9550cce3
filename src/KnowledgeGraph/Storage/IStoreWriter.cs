using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A write transaction: changes that become visible to readers all at once when <see cref="Commit"/> runs, or not at
/// all when the transaction is disposed without committing. Reads through the transaction see its own changes.
/// </summary>
/// <remarks>
/// A store runs one write transaction at a time (opening a second one waits for the first to end). A transaction
/// belongs to the thread that uses it: it is not safe to call from several threads at once.
/// </remarks>
public interface IStoreWriter : IStoreReader
{
    /// <summary>The id of <paramref name="term"/>, adding it to the dictionary when it is new. Ids added by a transaction
    /// that is rolled back may stay in the dictionary; they name no triple.</summary>
    int GetOrAddId(Term term);

    /// <summary>Adds a triple to graph <paramref name="graph"/> (0: the default graph), creating a named graph that does not
    /// exist; false when it was already there.</summary>
    bool Add(int graph, IdTriple triple);

    /// <summary>Removes a triple from graph <paramref name="graph"/>; false when it was not there.</summary>
    bool Remove(int graph, IdTriple triple);

    /// <summary>Creates an empty named graph; false when it exists already.</summary>
    bool CreateGraph(int graph);

    /// <summary>Removes a named graph and all its triples (for 0, empties the default graph); false when there was no such
    /// named graph.</summary>
    bool DropGraph(int graph);

    /// <summary>Makes every change of the transaction visible at once and ends it.</summary>
    /// <exception cref="InvalidOperationException">The transaction has already ended.</exception>
    void Commit();
}
