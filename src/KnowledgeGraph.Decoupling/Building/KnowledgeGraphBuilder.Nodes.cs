using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

// Every factory that names a node takes its preferred labels as (text, language) pairs, in as many languages as the
// source gives: the language is a property of each label, never a setting of the builder.
public sealed partial class KnowledgeGraphBuilder
{
    /// <summary>A news article (<c>dcp:NewsArticle</c>) that claims are stated in, written in <paramref name="language"/>
    /// (a BCP 47 tag, <c>schema:inLanguage</c>); the original text of its claims carries that tag.</summary>
    public ArticleBuilder NewsArticle(string id, string language) => Register(new ArticleBuilder(this, id, language));

    /// <summary>An organization (<c>dcp:Organization</c>) of no more specific kind, e.g. a group of firms.</summary>
    public OrganizationBuilder Organization(string id, params (string Text, string Language)[] labels) => Org(id, Dcp.Organization, labels);

    /// <summary>A company (<c>dcp:Company</c>).</summary>
    public OrganizationBuilder Company(string id, params (string Text, string Language)[] labels) => Org(id, Dcp.Company, labels);

    /// <summary>A research lab or R&amp;D unit (<c>dcp:ResearchLab</c>).</summary>
    public OrganizationBuilder ResearchLab(string id, params (string Text, string Language)[] labels) => Org(id, Dcp.ResearchLab, labels);

    /// <summary>A university or similar (<c>dcp:AcademicInstitution</c>).</summary>
    public OrganizationBuilder AcademicInstitution(string id, params (string Text, string Language)[] labels) => Org(id, Dcp.AcademicInstitution, labels);

    /// <summary>A government or government agency (<c>dcp:GovernmentBody</c>).</summary>
    public OrganizationBuilder GovernmentBody(string id, params (string Text, string Language)[] labels) => Org(id, Dcp.GovernmentBody, labels);

    /// <summary>A named person (<c>dcp:Person</c>).</summary>
    public PersonBuilder Person(string id, params (string Text, string Language)[] labels) =>
        Register(new PersonBuilder(this, id, Dcp.Person)).Label(labels);

    /// <summary>
    /// A person quoted without a name (<c>dcp:AnonymousSource</c>), described as the article describes them, one
    /// description per language; each description is also the label in its language.
    /// </summary>
    public PersonBuilder AnonymousSource(string id, params (string Text, string Language)[] descriptions) =>
        Register(new PersonBuilder(this, id, Dcp.AnonymousSource))
            .Label(descriptions)
            .SourceDescription(descriptions);

    /// <summary>A country (<c>dcp:Country</c>).</summary>
    public PlaceBuilder Country(string id, params (string Text, string Language)[] labels) => Place(id, Dcp.Country, labels);

    /// <summary>A city (<c>dcp:City</c>).</summary>
    public PlaceBuilder City(string id, params (string Text, string Language)[] labels) => Place(id, Dcp.City, labels);

    /// <summary>A region that is neither a country nor a city (<c>dcp:Region</c>), e.g. Southeast Asia.</summary>
    public PlaceBuilder Region(string id, params (string Text, string Language)[] labels) => Place(id, Dcp.Region, labels);

    /// <summary>A software project (<c>dcp:SoftwareProject</c>).</summary>
    public SoftwareProjectBuilder SoftwareProject(string id, params (string Text, string Language)[] labels) =>
        Register(new SoftwareProjectBuilder(this, id)).Label(labels);

    /// <summary>The founding of an organization (<c>dcp:Founding</c>); needs <see cref="EventBuilder.Founded"/>.</summary>
    public EventBuilder Founding(string id) => Event(id, Dcp.Founding);

    /// <summary>A closure (<c>dcp:Closure</c>); needs <see cref="EventBuilder.Agent"/> and <see cref="EventBuilder.Closed"/>.</summary>
    public EventBuilder Closure(string id) => Event(id, Dcp.Closure);

    /// <summary>A layoff (<c>dcp:Layoff</c>); needs <see cref="EventBuilder.Agent"/>.</summary>
    public EventBuilder Layoff(string id) => Event(id, Dcp.Layoff);

    /// <summary>A relocation of staff or R&amp;D (<c>dcp:Relocation</c>); needs an agent and <see cref="EventBuilder.To"/>.</summary>
    public EventBuilder Relocation(string id) => Event(id, Dcp.Relocation);

    /// <summary>A service restriction (<c>dcp:ServiceRestriction</c>); needs an agent and <see cref="EventBuilder.Target"/>.</summary>
    public EventBuilder ServiceRestriction(string id) => Event(id, Dcp.ServiceRestriction);

    /// <summary>A government policy measure (<c>dcp:PolicyMeasure</c>); needs an agent.</summary>
    public EventBuilder PolicyMeasure(string id) => Event(id, Dcp.PolicyMeasure);

    /// <summary>Domestic firms filling a gap (<c>dcp:MarketSubstitution</c>); needs an agent.</summary>
    public EventBuilder MarketSubstitution(string id) => Event(id, Dcp.MarketSubstitution);

    /// <summary>An event of no more specific kind (<c>dcp:Event</c>), e.g. a trend or a process.</summary>
    public EventBuilder Event(string id) => Event(id, Dcp.Event);

    private OrganizationBuilder Org(string id, NamedNode type, (string Text, string Language)[] labels) =>
        Register(new OrganizationBuilder(this, id, type)).Label(labels);

    private PlaceBuilder Place(string id, NamedNode type, (string Text, string Language)[] labels) =>
        Register(new PlaceBuilder(this, id, type)).Label(labels);

    private EventBuilder Event(string id, NamedNode type) => Register(new EventBuilder(this, id, type));
}
