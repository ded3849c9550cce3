using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>Builds a <c>dcp:SoftwareProject</c>, e.g. the Deep Graph Library.</summary>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
public sealed class SoftwareProjectBuilder : NodeBuilder<SoftwareProjectBuilder>
{
    internal SoftwareProjectBuilder(KnowledgeGraphBuilder owner, string id) : base(owner, id, Dcp.SoftwareProject) { }

    /// <summary>The organization that developed it (<c>dcp:developedBy</c>).</summary>
    public SoftwareProjectBuilder DevelopedBy(IOrganizationReference organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Add(Dcp.DevelopedBy, organization);
    }

    /// <summary>Revenue attributed to the project (<c>dcp:revenue</c>).</summary>
    public SoftwareProjectBuilder Revenue(Quantity amount) => AddQuantity(Dcp.Revenue, amount);
}
