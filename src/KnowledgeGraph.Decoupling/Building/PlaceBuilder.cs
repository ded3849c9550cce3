using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>Builds a <c>dcp:Place</c>: a <c>dcp:Country</c>, <c>dcp:City</c> or <c>dcp:Region</c>.</summary>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
public sealed class PlaceBuilder : NodeBuilder<PlaceBuilder>, IPlaceReference
{
    internal PlaceBuilder(KnowledgeGraphBuilder owner, string id, NamedNode type) : base(owner, id, type) { }

    /// <summary>A larger place that contains this one (<c>dcp:containedInPlace</c>), e.g. Shanghai in China.</summary>
    public PlaceBuilder ContainedIn(IPlaceReference place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (ReferenceEquals(place, this)) throw new GraphBuildException($"'{Id}' cannot contain itself.");
        return Add(Dcp.ContainedInPlace, place);
    }
}
