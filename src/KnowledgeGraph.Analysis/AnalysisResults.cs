using KnowledgeGraph.Model;

namespace KnowledgeGraph.Analysis;

/// <summary>A resource's degree in the projection.</summary>
/// <param name="Resource">The vertex.</param>
/// <param name="Label">Its preferred label (or prefixed name).</param>
/// <param name="InDegree">Edges ending at it.</param>
/// <param name="OutDegree">Edges starting at it.</param>
/// <param name="Centrality">Degree divided by the largest possible degree, 2(n − 1).</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record DegreeScore(Term Resource, string Label, int InDegree, int OutDegree, double Centrality)
{
    /// <summary>In-degree plus out-degree.</summary>
    public int Degree => InDegree + OutDegree;
}

/// <summary>A resource's PageRank (scores of all vertices sum to 1).</summary>
/// <param name="Resource">The vertex.</param>
/// <param name="Label">Its preferred label (or prefixed name).</param>
/// <param name="Score">Its PageRank.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record RankScore(Term Resource, string Label, double Score);

/// <summary>One hop of a <see cref="ResourcePath"/>: a triple walked forwards (subject to object) or backwards.</summary>
/// <param name="From">Where the hop starts.</param>
/// <param name="Predicate">The predicate of the triple walked.</param>
/// <param name="To">Where the hop ends.</param>
/// <param name="Forward">True when <paramref name="From"/> is the triple's subject.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record PathStep(Term From, NamedNode Predicate, Term To, bool Forward);

/// <summary>A shortest path between two resources, explained as a chain of predicates.</summary>
/// <param name="From">The start.</param>
/// <param name="To">The end.</param>
/// <param name="Steps">The hops, in order; empty when start and end are the same.</param>
/// <param name="Explanation">The chain in words, e.g.
/// <c>Amazon Web Services ←[dcp:parentOrganization]— AWS Shanghai AI Lab ←[dcp:developedBy]— Deep Graph Library</c>.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record ResourcePath(Term From, Term To, IReadOnlyList<PathStep> Steps, string Explanation)
{
    /// <summary>Number of hops.</summary>
    public int Length => Steps.Count;

    /// <summary>The predicates along the path, in order.</summary>
    public IEnumerable<NamedNode> Predicates => Steps.Select(s => s.Predicate);

    /// <inheritdoc />
    public override string ToString() => Explanation;
}

/// <summary>A weakly connected component: resources linked when edge direction is ignored.</summary>
/// <param name="Index">0 for the largest component, then by decreasing size.</param>
/// <param name="Members">Its resources, in term order.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record ConnectedComponent(int Index, IReadOnlyList<Term> Members)
{
    /// <summary>Number of resources.</summary>
    public int Size => Members.Count;
}

/// <summary>A resource within <c>k</c> hops of a centre.</summary>
/// <param name="Resource">The vertex.</param>
/// <param name="Label">Its preferred label.</param>
/// <param name="Distance">Hops from the centre (0 for the centre).</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record NeighbourhoodMember(Term Resource, string Label, int Distance);

/// <summary>The k-hop neighbourhood of a resource: its members by distance and the edges among them.</summary>
/// <param name="Center">The centre.</param>
/// <param name="Hops">The radius k.</param>
/// <param name="Members">Members ordered by distance, then term order.</param>
/// <param name="Edges">The projection's edges with both ends in the neighbourhood.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record Neighbourhood(Term Center, int Hops, IReadOnlyList<NeighbourhoodMember> Members, IReadOnlyList<PredicateEdge> Edges);
