using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// Builds a <c>dcp:Organization</c> or one of its subclasses (<c>dcp:Company</c>, <c>dcp:ResearchLab</c>,
/// <c>dcp:AcademicInstitution</c>, <c>dcp:GovernmentBody</c>).
/// </summary>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
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

    /// <summary>
    /// The country (or other place) this government body governs (<c>dcp:governs</c>), e.g. the United States for the
    /// United States government. Where it sits is <see cref="BasedIn"/>.
    /// </summary>
    /// <exception cref="GraphBuildException">The organization is not a government body.</exception>
    public OrganizationBuilder Governs(IPlaceReference place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (!Type.Equals(Dcp.GovernmentBody))
            throw new GraphBuildException($"Only a government body governs a place; '{Id}' is a <{Type.Value}>.");
        return Add(Dcp.Governs, place);
    }

    /// <summary>
    /// Says what the article says, or leaves unsaid, about where the organization is (<c>dcp:placeNote</c>, in
    /// <paramref name="language"/>), for one the graph cannot place with <see cref="BasedIn"/> or <see cref="Governs"/>
    /// without guessing.
    /// </summary>
    public OrganizationBuilder PlaceNote(string text, string language) => Add(Dcp.PlaceNote, LanguageText(text, language));

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
