using KnowledgeGraph.Model;
using QuikGraph;

namespace KnowledgeGraph.Analysis;

/// <summary>A directed edge of a <see cref="GraphProjection"/>: one triple, from its subject to its object, tagged
/// with its predicate.</summary>
/// <param name="Source">The triple's subject.</param>
/// <param name="Predicate">The triple's predicate.</param>
/// <param name="Target">The triple's object.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record PredicateEdge(Term Source, NamedNode Predicate, Term Target) : IEdge<Term>;
