using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>How firmly a claim is stated (<c>dcp:HedgeLevel</c>).</summary>
public enum Hedge
{
    /// <summary>The article states it itself (<c>dcp:Asserted</c>).</summary>
    Asserted,
    /// <summary>A named source says it (<c>dcp:OnRecord</c>).</summary>
    OnRecord,
    /// <summary>"Reportedly", 据报道 (<c>dcp:Reported</c>).</summary>
    Reported,
    /// <summary>An anonymous source says it (<c>dcp:AnonymousAttribution</c>).</summary>
    AnonymousAttribution,
    /// <summary>Analysis, expectation or opinion (<c>dcp:Opinion</c>).</summary>
    Opinion,
}

/// <summary>The reported status of an event (<c>dcp:Statuses</c>).</summary>
public enum EventStatus
{
    /// <summary>Announced (<c>dcp:Announced</c>).</summary>
    Announced,
    /// <summary>Planned for a later date (<c>dcp:Scheduled</c>).</summary>
    Scheduled,
    /// <summary>Under way or gradual (<c>dcp:Ongoing</c>).</summary>
    Ongoing,
    /// <summary>Done (<c>dcp:Completed</c>).</summary>
    Completed,
}

/// <summary>What an event applies to (<c>dcp:Subjects</c>).</summary>
public enum Topic
{
    /// <summary>AI chips (<c>dcp:AIChips</c>).</summary>
    AIChips,
    /// <summary>Cloud services (<c>dcp:CloudServices</c>).</summary>
    CloudServices,
    /// <summary>API access (<c>dcp:ApiAccess</c>).</summary>
    ApiAccess,
    /// <summary>Research collaboration (<c>dcp:ResearchCollaboration</c>).</summary>
    ResearchCollaboration,
    /// <summary>Data (<c>dcp:Data</c>).</summary>
    Data,
    /// <summary>Artificial intelligence (<c>dcp:ArtificialIntelligence</c>).</summary>
    ArtificialIntelligence,
    /// <summary>Computer hardware (<c>dcp:ComputerHardware</c>).</summary>
    ComputerHardware,
}

/// <summary>The fine-grained kind of an event (<c>dcp:EventTypes</c>).</summary>
public enum EventType
{
    /// <summary>An export control (<c>dcp:ExportControl</c>).</summary>
    ExportControl,
    /// <summary>A limit on research collaboration or cloud access (<c>dcp:ResearchCollaborationLimit</c>).</summary>
    ResearchCollaborationLimit,
    /// <summary>A data-localization rule (<c>dcp:DataLocalization</c>).</summary>
    DataLocalization,
    /// <summary>A cybersecurity review (<c>dcp:CybersecurityReview</c>).</summary>
    CybersecurityReview,
    /// <summary>A requirement that foreign providers partner with local firms (<c>dcp:LocalPartnerRequirement</c>).</summary>
    LocalPartnerRequirement,
    /// <summary>The closure of an R&amp;D lab (<c>dcp:LabClosure</c>).</summary>
    LabClosure,
    /// <summary>Cutting off API access (<c>dcp:ApiAccessCutoff</c>).</summary>
    ApiAccessCutoff,
    /// <summary>Moving talent or R&amp;D (<c>dcp:TalentRelocation</c>).</summary>
    TalentRelocation,
    /// <summary>Shrinking business in a country (<c>dcp:BusinessRetrenchment</c>).</summary>
    BusinessRetrenchment,
    /// <summary>Technology decoupling as a process (<c>dcp:TechnologyDecoupling</c>).</summary>
    TechnologyDecoupling,
}

/// <summary>Maps the builder's enums to the ontology's individuals, whose local names are the enum names.</summary>
internal static class VocabularyIris
{
    public static NamedNode Of(Hedge value) => NamedNode.CreateUnchecked(Dcp.Namespace + value);

    public static NamedNode Of(EventStatus value) => NamedNode.CreateUnchecked(Dcp.Namespace + value);

    public static NamedNode Of(Topic value) => NamedNode.CreateUnchecked(Dcp.Namespace + value);

    public static NamedNode Of(EventType value) => NamedNode.CreateUnchecked(Dcp.Namespace + value);
}
