using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// One consistent, read-only view of a store's quads over dictionary ids: every call sees the store as it was when
/// the view was opened, whatever is written meanwhile. This is what the SPARQL engine, the writers and the exports
/// read, so a store written in another package (on disk, say) works with all of them.
/// </summary>
/// <remarks>
/// Ids are positive; 0 means "unbound" in <see cref="Match"/> and names the default graph. A view is safe to use
/// from several threads at once. Dispose it to release what it pins (an on-disk snapshot, old arrays).
/// </remarks>
public interface IStoreReader : IDisposable
{
    /// <summary>The id of <paramref name="term"/>, when the store has ever held it.</summary>
    bool TryGetId(Term term, out int id);

    /// <summary>The term with id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No term has this id.</exception>
    Term GetTerm(int id);

    /// <summary>The kind of the term with id <paramref name="id"/>; stores may answer without decoding the term.</summary>
    TermKind KindOf(int id) => GetTerm(id).Kind;

    /// <summary>For a literal, whether its language tag equals <paramref name="language"/> (case-insensitively);
    /// null when <paramref name="id"/> is not a literal.</summary>
    bool? LanguageEquals(int id, string language) =>
        GetTerm(id) is Literal l ? string.Equals(l.Language ?? "", language, StringComparison.OrdinalIgnoreCase) : null;

    /// <summary>The ids of the names of the named graphs, in the order the graphs were created.</summary>
    IReadOnlyList<int> NamedGraphIds { get; }

    /// <summary>True when the named graph with name id <paramref name="graph"/> exists (it may be empty); always true for 0,
    /// the default graph.</summary>
    bool ContainsGraph(int graph) => graph == 0 || NamedGraphIds.Contains(graph);

    /// <summary>
    /// The triples of graph <paramref name="graph"/> (0: the default graph, else a graph name's id) matching the
    /// pattern, where 0 in a position matches anything. With only the subject bound, the triples come in predicate,
    /// object order; otherwise in no promised order. A graph that does not exist matches nothing.
    /// </summary>
    TripleRange Match(int graph, int s, int p, int o);
}
