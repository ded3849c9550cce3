using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// One consistent snapshot of a quad store, read at the level of term ids: every call on one reader sees the same
/// state, whatever is committed meanwhile. A reader is meant for one query on one thread; dispose it to release the
/// snapshot.
/// </summary>
public interface IStoreReader : IDisposable
{
    /// <summary>Finds the id of <paramref name="term"/>; false when the store has never held it.</summary>
    bool TryGetId(Term term, out int id);

    /// <summary>The term an id stands for.</summary>
    /// <exception cref="KeyNotFoundException">The id was never handed out by this store.</exception>
    Term GetTerm(int id);

    /// <summary>The ids of the names of the named graphs, in id order. The default graph, which is always there, is
    /// graph 0 and is not listed.</summary>
    IReadOnlyList<int> NamedGraphIds { get; }

    /// <summary>
    /// The triples of graph <paramref name="graph"/> (0 for the default graph) that match a pattern, where 0 leaves a
    /// position unbound. The triples come sorted in the order of the index that answers: a subject-only pattern
    /// yields (predicate, object) order, a predicate-only one (object, subject) order, an object-only one
    /// (subject, predicate) order.
    /// </summary>
    TripleRange Match(int graph, int s, int p, int o);
}
