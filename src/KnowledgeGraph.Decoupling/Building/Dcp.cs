using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// The terms of the decoupling ontology (<c>https://w3id.org/decoupling/ontology#</c>, prefix <c>dcp</c>) and the
/// namespace of the story's instances (<c>https://w3id.org/decoupling/id/</c>, prefix <c>dcpr</c>). The ontology file
/// itself is <c>ontology/decoupling.ttl</c>, embedded in the package and loaded by <see cref="KnowledgeGraph.Domain.DecouplingGraph.LoadOntology"/>.
/// </summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class Dcp
{
    /// <summary>The ontology namespace IRI.</summary>
    public const string Namespace = "https://w3id.org/decoupling/ontology#";

    /// <summary>The namespace IRI of instances (prefix <c>dcpr</c>).</summary>
    public const string ResourceNamespace = "https://w3id.org/decoupling/id/";

    /// <summary>The IRI of the ontology itself.</summary>
    public static readonly NamedNode Ontology = NamedNode.CreateUnchecked("https://w3id.org/decoupling/ontology");

    /// <summary>The instance IRI for a readable id, e.g. <c>aws-shanghai-ai-lab</c>.</summary>
    public static NamedNode Resource(string id) => NamedNode.Create(ResourceNamespace + id);

    /// <summary>The readable id of an instance IRI in the <c>dcpr</c> namespace, or null for any other term.</summary>
    public static string? IdOf(Term term) =>
        term is NamedNode n && n.Value.StartsWith(ResourceNamespace, StringComparison.Ordinal) ? n.Value[ResourceNamespace.Length..] : null;

    private static NamedNode T(string local) => NamedNode.CreateUnchecked(Namespace + local);

    // Classes
    /// <summary>Class <c>dcp:Agent</c>: an organization or a person.</summary>
    public static readonly NamedNode Agent = T("Agent");
    /// <summary>Class <c>dcp:Organization</c>: a company, lab, university, government body or group of firms.</summary>
    public static readonly NamedNode Organization = T("Organization");
    /// <summary>Class <c>dcp:Company</c>: a business enterprise.</summary>
    public static readonly NamedNode Company = T("Company");
    /// <summary>Class <c>dcp:ResearchLab</c>: a research and development unit of a larger organization.</summary>
    public static readonly NamedNode ResearchLab = T("ResearchLab");
    /// <summary>Class <c>dcp:AcademicInstitution</c>: a university or other institution of higher education.</summary>
    public static readonly NamedNode AcademicInstitution = T("AcademicInstitution");
    /// <summary>Class <c>dcp:GovernmentBody</c>: a government or one of its agencies.</summary>
    public static readonly NamedNode GovernmentBody = T("GovernmentBody");
    /// <summary>Class <c>dcp:Person</c>: a human being.</summary>
    public static readonly NamedNode Person = T("Person");
    /// <summary>Class <c>dcp:AnonymousSource</c>: a person quoted without a name.</summary>
    public static readonly NamedNode AnonymousSource = T("AnonymousSource");
    /// <summary>Class <c>dcp:Place</c>: a country, city or region.</summary>
    public static readonly NamedNode Place = T("Place");
    /// <summary>Class <c>dcp:Country</c>: a sovereign state.</summary>
    public static readonly NamedNode Country = T("Country");
    /// <summary>Class <c>dcp:City</c>: a city.</summary>
    public static readonly NamedNode City = T("City");
    /// <summary>Class <c>dcp:Region</c>: a region that is neither a country nor a city.</summary>
    public static readonly NamedNode Region = T("Region");
    /// <summary>Class <c>dcp:Event</c>: anything that happens or is decided.</summary>
    public static readonly NamedNode Event = T("Event");
    /// <summary>Class <c>dcp:OrganizationChangeEvent</c>: an event that creates or dissolves an organization.</summary>
    public static readonly NamedNode OrganizationChangeEvent = T("OrganizationChangeEvent");
    /// <summary>Class <c>dcp:Founding</c>: the establishment of an organization.</summary>
    public static readonly NamedNode Founding = T("Founding");
    /// <summary>Class <c>dcp:Closure</c>: the shutting down of an organization.</summary>
    public static readonly NamedNode Closure = T("Closure");
    /// <summary>Class <c>dcp:Layoff</c>: an employer dismissing staff.</summary>
    public static readonly NamedNode Layoff = T("Layoff");
    /// <summary>Class <c>dcp:Relocation</c>: moving staff, research or investment between places.</summary>
    public static readonly NamedNode Relocation = T("Relocation");
    /// <summary>Class <c>dcp:ServiceRestriction</c>: a company stopping a service for users in a place.</summary>
    public static readonly NamedNode ServiceRestriction = T("ServiceRestriction");
    /// <summary>Class <c>dcp:PolicyMeasure</c>: a government rule or control.</summary>
    public static readonly NamedNode PolicyMeasure = T("PolicyMeasure");
    /// <summary>Class <c>dcp:MarketSubstitution</c>: domestic firms filling a gap left by departing foreign firms.</summary>
    public static readonly NamedNode MarketSubstitution = T("MarketSubstitution");
    /// <summary>Class <c>dcp:SoftwareProject</c>: a software product or open-source project.</summary>
    public static readonly NamedNode SoftwareProject = T("SoftwareProject");
    /// <summary>Class <c>dcp:NewsArticle</c>: a published news report.</summary>
    public static readonly NamedNode NewsArticle = T("NewsArticle");
    /// <summary>Class <c>dcp:Claim</c>: one sourced statement about an event or entity.</summary>
    public static readonly NamedNode Claim = T("Claim");
    /// <summary>Class <c>dcp:Quantity</c>: a possibly approximate number.</summary>
    public static readonly NamedNode Quantity = T("Quantity");
    /// <summary>Class <c>dcp:EventType</c>: a fine-grained kind of event.</summary>
    public static readonly NamedNode EventType = T("EventType");
    /// <summary>Class <c>dcp:HedgeLevel</c>: how firmly a claim is stated.</summary>
    public static readonly NamedNode HedgeLevel = T("HedgeLevel");

    // Properties
    /// <summary>Property <c>dcp:parentOrganization</c>: the larger organization an organization is part of.</summary>
    public static readonly NamedNode ParentOrganization = T("parentOrganization");
    /// <summary>Property <c>dcp:basedIn</c>: where an agent is based.</summary>
    public static readonly NamedNode BasedIn = T("basedIn");
    /// <summary>Property <c>dcp:governs</c>: the country (or place) a government body governs.</summary>
    public static readonly NamedNode Governs = T("governs");
    /// <summary>Property <c>dcp:placeNote</c>: what the article says, or leaves unsaid, about where an agent is.</summary>
    public static readonly NamedNode PlaceNote = T("placeNote");
    /// <summary>Property <c>dcp:containedInPlace</c>: a larger place containing a place.</summary>
    public static readonly NamedNode ContainedInPlace = T("containedInPlace");
    /// <summary>Property <c>dcp:heads</c>: a person leads an organization.</summary>
    public static readonly NamedNode Heads = T("heads");
    /// <summary>Property <c>dcp:worksFor</c>: a person is employed by an organization.</summary>
    public static readonly NamedNode WorksFor = T("worksFor");
    /// <summary>Property <c>dcp:affiliatedWith</c>: a person holds a position at an organization.</summary>
    public static readonly NamedNode AffiliatedWith = T("affiliatedWith");
    /// <summary>Property <c>dcp:developedBy</c>: the organization that developed a software project.</summary>
    public static readonly NamedNode DevelopedBy = T("developedBy");
    /// <summary>Property <c>dcp:agent</c>: the actor who performs or decides an event.</summary>
    public static readonly NamedNode AgentProperty = T("agent");
    /// <summary>Property <c>dcp:target</c>: whom or where an event is aimed at.</summary>
    public static readonly NamedNode Target = T("target");
    /// <summary>Property <c>dcp:affected</c>: an agent an event affects.</summary>
    public static readonly NamedNode Affected = T("affected");
    /// <summary>Property <c>dcp:announcedBy</c>: the agent who made an event public.</summary>
    public static readonly NamedNode AnnouncedBy = T("announcedBy");
    /// <summary>Property <c>dcp:foundedOrganization</c>: the organization a founding created.</summary>
    public static readonly NamedNode FoundedOrganization = T("foundedOrganization");
    /// <summary>Property <c>dcp:closedOrganization</c>: the organization a closure shuts down.</summary>
    public static readonly NamedNode ClosedOrganization = T("closedOrganization");
    /// <summary>Property <c>dcp:occurredIn</c>: where an event happens.</summary>
    public static readonly NamedNode OccurredIn = T("occurredIn");
    /// <summary>Property <c>dcp:fromPlace</c>: where a relocation moves out of.</summary>
    public static readonly NamedNode FromPlace = T("fromPlace");
    /// <summary>Property <c>dcp:toPlace</c>: where a relocation moves to.</summary>
    public static readonly NamedNode ToPlace = T("toPlace");
    /// <summary>Property <c>dcp:hasTime</c>: when an event happens (an OWL-Time node).</summary>
    public static readonly NamedNode HasTime = T("hasTime");
    /// <summary>Property <c>dcp:eventType</c>: the fine-grained kind of an event.</summary>
    public static readonly NamedNode EventTypeProperty = T("eventType");
    /// <summary>Property <c>dcp:status</c>: the reported status of an event.</summary>
    public static readonly NamedNode Status = T("status");
    /// <summary>Property <c>dcp:concerns</c>: what an event applies to.</summary>
    public static readonly NamedNode Concerns = T("concerns");
    /// <summary>Property <c>dcp:partOf</c>: a larger event an event belongs to.</summary>
    public static readonly NamedNode PartOf = T("partOf");
    /// <summary>Property <c>dcp:inResponseTo</c>: an earlier event an event reacts to.</summary>
    public static readonly NamedNode InResponseTo = T("inResponseTo");
    /// <summary>Property <c>dcp:resultOf</c>: an event that directly caused this one.</summary>
    public static readonly NamedNode ResultOf = T("resultOf");
    /// <summary>Property <c>dcp:headcount</c>: how many people an event concerns.</summary>
    public static readonly NamedNode Headcount = T("headcount");
    /// <summary>Property <c>dcp:revenue</c>: revenue attributed to an organization or product.</summary>
    public static readonly NamedNode Revenue = T("revenue");
    /// <summary>Property <c>dcp:publicationCount</c>: how many papers an organization published.</summary>
    public static readonly NamedNode PublicationCount = T("publicationCount");
    /// <summary>Property <c>dcp:beneficiary</c>: the agent a quantity or event benefits.</summary>
    public static readonly NamedNode Beneficiary = T("beneficiary");
    /// <summary>Property <c>dcp:about</c>: the node a claim supports.</summary>
    public static readonly NamedNode About = T("about");
    /// <summary>Property <c>dcp:statedIn</c>: the article a claim is made in.</summary>
    public static readonly NamedNode StatedIn = T("statedIn");
    /// <summary>Property <c>dcp:hedging</c>: how firmly a claim is stated.</summary>
    public static readonly NamedNode Hedging = T("hedging");
    /// <summary>Property <c>dcp:edtf</c>: an EDTF date string.</summary>
    public static readonly NamedNode Edtf = T("edtf");
    /// <summary>Property <c>dcp:originalText</c>: the verbatim text of the article.</summary>
    public static readonly NamedNode OriginalText = T("originalText");
    /// <summary>Property <c>dcp:isApproximate</c>: whether a quantity is approximate.</summary>
    public static readonly NamedNode IsApproximate = T("isApproximate");
    /// <summary>Property <c>dcp:confidence</c>: an editor-assigned confidence score.</summary>
    public static readonly NamedNode Confidence = T("confidence");
    /// <summary>Property <c>dcp:sourceDescription</c>: how the article describes an anonymous source.</summary>
    public static readonly NamedNode SourceDescription = T("sourceDescription");
    /// <summary>Property <c>dcp:operatingDuration</c>: how long an organization operated.</summary>
    public static readonly NamedNode OperatingDuration = T("operatingDuration");
    /// <summary>Property <c>dcp:cameoCode</c>: the closest CAMEO event code.</summary>
    public static readonly NamedNode CameoCode = T("cameoCode");

    // Controlled-vocabulary individuals
    /// <summary>Concept <c>dcp:Asserted</c>, hedging: asserted by the article.</summary>
    public static readonly NamedNode Asserted = T("Asserted");
    /// <summary>Concept <c>dcp:OnRecord</c>, hedging: attributed to a named source.</summary>
    public static readonly NamedNode OnRecord = T("OnRecord");
    /// <summary>Concept <c>dcp:Reported</c>, hedging: reportedly.</summary>
    public static readonly NamedNode Reported = T("Reported");
    /// <summary>Concept <c>dcp:AnonymousAttribution</c>, hedging: attributed to an anonymous source.</summary>
    public static readonly NamedNode AnonymousAttribution = T("AnonymousAttribution");
    /// <summary>Concept <c>dcp:Opinion</c>, hedging: analysis or opinion.</summary>
    public static readonly NamedNode Opinion = T("Opinion");
    /// <summary>Concept <c>dcp:Announced</c>, status: announced.</summary>
    public static readonly NamedNode Announced = T("Announced");
    /// <summary>Concept <c>dcp:Scheduled</c>, status: scheduled.</summary>
    public static readonly NamedNode Scheduled = T("Scheduled");
    /// <summary>Concept <c>dcp:Ongoing</c>, status: ongoing or gradual.</summary>
    public static readonly NamedNode Ongoing = T("Ongoing");
    /// <summary>Concept <c>dcp:Completed</c>, status: completed.</summary>
    public static readonly NamedNode Completed = T("Completed");
}
