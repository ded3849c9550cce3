using System.Globalization;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// Builds a <c>dcp:Organization</c> or one of its subclasses (<c>dcp:Company</c>, <c>dcp:ResearchLab</c>,
/// <c>dcp:AcademicInstitution</c>, <c>dcp:GovernmentBody</c>).
/// </summary>
public sealed class OrganizationBuilder : NodeBuilder<OrganizationBuilder>, IOrganizationReference
{
    internal OrganizationBuilder(KnowledgeGraphBuilder owner, string id, NamedNode type) : base(owner, id, type) { }

    /// <summary>The larger organization this one belongs to (<c>dcp:parentOrganization</c>).</summary>
    public OrganizationBuilder ParentOrganization(IOrganizationReference parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (ReferenceEquals(parent, this)) throw new GraphBuildException($"'{Id}' cannot be its own parent organization.");
        return Add(Dcp.ParentOrganization, parent);
    }

    /// <summary>Where the organization is based (<c>dcp:basedIn</c>).</summary>
    public OrganizationBuilder BasedIn(IPlaceReference place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return Add(Dcp.BasedIn, place);
    }

    /// <summary>How many papers it published (<c>dcp:publicationCount</c>).</summary>
    public OrganizationBuilder PublicationCount(Quantity count) => AddQuantity(Dcp.PublicationCount, count);

    /// <summary>Revenue attributed to it (<c>dcp:revenue</c>).</summary>
    public OrganizationBuilder Revenue(Quantity amount) => AddQuantity(Dcp.Revenue, amount);

    /// <summary>How many years it operated, as the article states (<c>dcp:operatingDuration</c>, e.g. <c>P32Y</c>).</summary>
    /// <exception cref="GraphBuildException">Already set, or not positive.</exception>
    public OrganizationBuilder OperatedForYears(int years)
    {
        if (years <= 0) throw new GraphBuildException($"The operating duration of '{Id}' must be positive.");
        if (Has(Dcp.OperatingDuration)) throw new GraphBuildException($"'{Id}' already has an operating duration.");
        return Add(Dcp.OperatingDuration, Literal.Create("P" + years.ToString(CultureInfo.InvariantCulture) + "Y", Vocab.Xsd.Duration));
    }
}
