using KnowledgeGraph.Building;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

/// <summary>A node of the graph as the queries return it: its IRI, id, most specific class, labels and Wikidata item.</summary>
/// <param name="Iri">The node's IRI.</param>
/// <param name="Id">The readable id when the IRI is under <c>https://w3id.org/decoupling/id/</c>.</param>
/// <param name="Class">The node's most specific <c>dcp:</c> class, if typed.</param>
/// <param name="EnglishLabel">The <c>skos:prefLabel</c> in English, if any.</param>
/// <param name="ChineseLabel">The <c>skos:prefLabel</c> in Chinese (<c>zh-Hans</c>), if any.</param>
/// <param name="WikidataId">The Wikidata item (<c>Q…</c>) of its <c>schema:sameAs</c>, if any.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record NodeInfo(NamedNode Iri, string? Id, NamedNode? Class, string? EnglishLabel, string? ChineseLabel, string? WikidataId)
{
    /// <summary>The English label (or the id) with the id, e.g. <c>IBM (ibm)</c>.</summary>
    public override string ToString() => $"{EnglishLabel ?? ChineseLabel ?? Id ?? Iri.Value} ({Id ?? Iri.Value})";
}

/// <summary>An event as the queries return it.</summary>
/// <param name="Node">The event node.</param>
/// <param name="Time">When it happens (its EDTF), if the graph says.</param>
/// <param name="Status">Its <c>dcp:status</c>, e.g. <c>dcp:Completed</c>, if given.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record EventInfo(NodeInfo Node, EdtfDate? Time, NamedNode? Status)
{
    /// <summary>The event's id, if it has one.</summary>
    public string? Id => Node.Id;

    /// <summary>The event, its kind and its time, e.g. <c>IBM closes … (ibm-china-rd-closure) Closure XXXX-03</c>.</summary>
    public override string ToString() => $"{Node} {Names.Compact(Node.Class)} {Time?.Text ?? "(no date)"}";
}

/// <summary>An event and the roles (properties) in which an actor takes part in it.</summary>
/// <param name="Event">The event.</param>
/// <param name="Roles">The properties linking the event to the actor, e.g. <c>dcp:agent</c>, <c>dcp:announcedBy</c>.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record EventInvolvement(EventInfo Event, IReadOnlyList<NamedNode> Roles);

/// <summary>An event placed on a timeline.</summary>
/// <param name="Event">The event.</param>
/// <param name="Earliest">The first day it can denote; null when open or the year is unknown.</param>
/// <param name="Latest">The last day it can denote; null when open-ended or the year is unknown.</param>
/// <param name="YearUnknown">True when the article gives no year (e.g. <c>XXXX-03</c>); such entries come last.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record TimelineEntry(EventInfo Event, DateOnly? Earliest, DateOnly? Latest, bool YearUnknown);

/// <summary>A claim with its source, hedging and speaker.</summary>
/// <param name="Iri">The claim node.</param>
/// <param name="About">The nodes it is about.</param>
/// <param name="Article">The article it is stated in (its source), if given.</param>
/// <param name="OriginalText">The quoted text of the article.</param>
/// <param name="Hedging">Its hedging level, e.g. <c>dcp:Reported</c>.</param>
/// <param name="AttributedTo">The speaker, when the article quotes one.</param>
/// <param name="IsAnonymous">True when the speaker is a <c>dcp:AnonymousSource</c>.</param>
/// <param name="Summary">The English rendering (<c>rdfs:comment</c>), if any.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record ClaimInfo(NamedNode Iri, IReadOnlyList<NamedNode> About, NamedNode? Article, string? OriginalText, NamedNode? Hedging, NodeInfo? AttributedTo, bool IsAnonymous, string? Summary);

/// <summary>A node reached from the centre of a neighbourhood, and after how many hops.</summary>
/// <param name="Node">The node.</param>
/// <param name="Distance">Hops from the centre (0 for the centre).</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record NeighbourNode(NodeInfo Node, int Distance);

/// <summary>A link between two nodes of a neighbourhood.</summary>
/// <param name="From">The subject.</param>
/// <param name="Property">The property.</param>
/// <param name="To">The object.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record NeighbourEdge(NamedNode From, NamedNode Property, NamedNode To);

/// <summary>An actor's k-hop neighbourhood: the nodes within k links (either direction) and the links among them.</summary>
/// <param name="Center">The actor.</param>
/// <param name="Nodes">The nodes reached, nearest first.</param>
/// <param name="Edges">The links between nodes of the neighbourhood.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record Neighbourhood(NodeInfo Center, IReadOnlyList<NeighbourNode> Nodes, IReadOnlyList<NeighbourEdge> Edges);

/// <summary>How an organization withdrew from a country.</summary>
public enum WithdrawalKind
{
    /// <summary>It closed a research unit there.</summary>
    Closure,
    /// <summary>It moved staff or R&amp;D out.</summary>
    Relocation,
}

/// <summary>An organization that closed or moved a research unit out of a country.</summary>
/// <param name="Organization">The organization that acted (the event's agent).</param>
/// <param name="Unit">The research unit closed, or the one whose staff moved, when the graph says.</param>
/// <param name="Event">The closure or relocation.</param>
/// <param name="Kind">Closure or relocation.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record Withdrawal(NodeInfo Organization, NodeInfo? Unit, EventInfo Event, WithdrawalKind Kind);

/// <summary>An agent tied to a country, and the links that tie it.</summary>
/// <param name="Actor">The organization or person.</param>
/// <param name="Place">The place the last link reaches: the country itself, or a place it contains (e.g. Shanghai).</param>
/// <param name="Via">The properties followed from the actor to <paramref name="Place"/>: <c>[dcp:governs]</c>,
/// <c>[dcp:basedIn]</c>, or through an organization, e.g. <c>[dcp:worksFor, dcp:basedIn]</c>.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record CountryActor(NodeInfo Actor, NodeInfo Place, IReadOnlyList<NamedNode> Via)
{
    /// <summary>The actor and its tie, e.g. <c>Chinese government (chinese-government) dcp:governs China</c>.</summary>
    public override string ToString() =>
        $"{Actor} {string.Join("/", Via.Select(v => Names.Compact(v)))} {Place.EnglishLabel ?? Place.Id ?? Place.Iri.Value}";
}

/// <summary>A policy measure taken by an agent tied to a country.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Kind">Its <c>dcp:eventType</c>, e.g. <c>dcp:ExportControl</c>, if given.</param>
/// <param name="Agent">The agent that took it, and how the agent is tied to the country.</param>
/// <param name="Targets">Whom or where it is aimed at (<c>dcp:target</c>), if the graph says.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record CountryMeasure(EventInfo Measure, NamedNode? Kind, CountryActor Agent, IReadOnlyList<NodeInfo> Targets)
{
    /// <summary>The measure and its agent, e.g. <c>US export controls … (us-export-controls) by United States government</c>.</summary>
    public override string ToString() => $"{Measure.Node} by {Agent.Actor.EnglishLabel ?? Agent.Actor.Id}";
}
