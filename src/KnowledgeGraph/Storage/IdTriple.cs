namespace KnowledgeGraph.Storage;

/// <summary>
/// A triple of term ids from one store's dictionary, in subject, predicate, object order. In a pattern, 0 stands for
/// an unbound position; a stored triple never holds 0.
/// </summary>
/// <param name="S">The subject's id.</param>
/// <param name="P">The predicate's id.</param>
/// <param name="O">The object's id.</param>
public readonly record struct IdTriple(int S, int P, int O);
