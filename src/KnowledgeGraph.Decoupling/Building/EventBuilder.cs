using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// Builds a <c>dcp:Event</c> or one of its kinds (founding, closure, layoff, relocation, service restriction, policy
/// measure, market substitution) with its roles, place, time, status and quantities. What each kind requires comes
/// from the ontology's restrictions and is checked by <see cref="KnowledgeGraphBuilder.Build"/>: a closure needs an
/// agent and a closed organization, a relocation an agent and a destination, a service restriction an agent and a
/// target, a founding the founded organization, the other kinds an agent; every event needs at least one claim.
/// </summary>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
public sealed class EventBuilder : NodeBuilder<EventBuilder>, IEventReference
{
    private EdtfDate? _time;
    private Literal? _timeText;

    internal EventBuilder(KnowledgeGraphBuilder owner, string id, NamedNode type) : base(owner, id, type) { }

    /// <summary>When the event happens, if set.</summary>
    public EdtfDate? Time => _time;

    /// <summary>Who performs or decides the event (<c>dcp:agent</c>).</summary>
    public EventBuilder Agent(params IAgentReference[] agents) => AddAll(Dcp.AgentProperty, agents);

    /// <summary>Whom or where the event is aimed at (<c>dcp:target</c>).</summary>
    public EventBuilder Target(params ITargetReference[] targets) => AddAll(Dcp.Target, targets);

    /// <summary>Who the event affects without being its target (<c>dcp:affected</c>).</summary>
    public EventBuilder Affected(params IAgentReference[] agents) => AddAll(Dcp.Affected, agents);

    /// <summary>Who made the event public (<c>dcp:announcedBy</c>).</summary>
    public EventBuilder AnnouncedBy(IAgentReference agent) => AddAll(Dcp.AnnouncedBy, [agent]);

    /// <summary>The organization a founding created (<c>dcp:foundedOrganization</c>); foundings only.</summary>
    public EventBuilder Founded(IOrganizationReference organization) => AddFor(Dcp.Founding, Dcp.FoundedOrganization, organization);

    /// <summary>The organization a closure shuts down (<c>dcp:closedOrganization</c>); closures only.</summary>
    public EventBuilder Closed(IOrganizationReference organization) => AddFor(Dcp.Closure, Dcp.ClosedOrganization, organization);

    /// <summary>Where a relocation moves out of (<c>dcp:fromPlace</c>); relocations only.</summary>
    public EventBuilder From(IPlaceReference place) => AddFor(Dcp.Relocation, Dcp.FromPlace, place);

    /// <summary>Where a relocation moves to (<c>dcp:toPlace</c>); relocations only.</summary>
    public EventBuilder To(params IPlaceReference[] places)
    {
        ArgumentNullException.ThrowIfNull(places);
        foreach (var p in places) AddFor(Dcp.Relocation, Dcp.ToPlace, p);
        return this;
    }

    /// <summary>Where the event happens (<c>dcp:occurredIn</c>).</summary>
    public EventBuilder OccurredIn(IPlaceReference place) => AddAll(Dcp.OccurredIn, [place]);

    /// <summary>What the event applies to (<c>dcp:concerns</c>).</summary>
    public EventBuilder Concerns(params Topic[] topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        foreach (var t in topics) Add(Dcp.Concerns, VocabularyIris.Of(t));
        return this;
    }

    /// <summary>The fine-grained kind of the event (<c>dcp:eventType</c>).</summary>
    public EventBuilder OfType(EventType type) => Add(Dcp.EventTypeProperty, VocabularyIris.Of(type));

    /// <summary>The event's reported status (<c>dcp:status</c>); set once.</summary>
    public EventBuilder Status(EventStatus status)
    {
        if (Has(Dcp.Status)) throw new GraphBuildException($"'{Id}' already has a status.");
        return Add(Dcp.Status, VocabularyIris.Of(status));
    }

    /// <summary>How many people the event concerns (<c>dcp:headcount</c>).</summary>
    public EventBuilder Headcount(Quantity count) => AddQuantity(Dcp.Headcount, count);

    /// <summary>A larger event or process this one is part of (<c>dcp:partOf</c>).</summary>
    public EventBuilder PartOf(IEventReference whole) => AddEvent(Dcp.PartOf, whole);

    /// <summary>An earlier event this one reacts to (<c>dcp:inResponseTo</c>).</summary>
    public EventBuilder InResponseTo(IEventReference cause) => AddEvent(Dcp.InResponseTo, cause);

    /// <summary>An event that directly caused this one (<c>dcp:resultOf</c>).</summary>
    public EventBuilder ResultOf(IEventReference cause) => AddEvent(Dcp.ResultOf, cause);

    /// <summary>
    /// When the event happens, as EDTF (<c>2025-07</c>, <c>2018-23</c> for autumn 2018, <c>XXXX-03</c> for March of an
    /// unstated year, <c>2025-07/..</c> for "from July 2025 on"). Written as an OWL-Time node with <c>dcp:edtf</c> and
    /// the XSD value the precision allows (see <see cref="EdtfPoint.ToXsdLiteral"/>).
    /// </summary>
    /// <exception cref="GraphBuildException">The time is already set, or the text is not EDTF.</exception>
    public EventBuilder At(string edtf) => SetTime(edtf, null);

    /// <summary>
    /// When the event happens, as EDTF (see <see cref="At(string)"/>), with the source's wording of the date in the
    /// language it is written in (<c>dcp:originalText</c>, e.g. <c>At("2018-23", "2018年秋季", "zh-Hans")</c>).
    /// </summary>
    /// <exception cref="GraphBuildException">The time is already set, the text is not EDTF, or the tag is not a language tag.</exception>
    public EventBuilder At(string edtf, string originalText, string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(originalText);
        return SetTime(edtf, LanguageText(originalText, language));
    }

    private EventBuilder SetTime(string edtf, Literal? originalText)
    {
        Owner.EnsureMutable();
        if (_time is not null) throw new GraphBuildException($"'{Id}' already has the time {_time}.");
        if (!EdtfDate.TryParse(edtf, out var date))
            throw new GraphBuildException($"'{edtf}' is not an EDTF date such as 2025-07, 2018-23 or XXXX-03 (on '{Id}').");
        _time = date;
        _timeText = originalText;
        return this;
    }

    private protected override void Check(List<string> problems)
    {
        foreach (var (property, wording) in RequiredRoles())
            if (!Has(property))
                problems.Add($"The {KindName} '{Id}' has no {wording}; the ontology requires dcp:{property.Value[Dcp.Namespace.Length..]}.");
        if (ClaimCount == 0)
            problems.Add($"The {KindName} '{Id}' is not backed by any claim; add .Claim(article, quote, …).");
    }

    private protected override void EmitExtra(TripleEmitter emitter)
    {
        if (_time is not null) emitter.AddTime(this, _time, _timeText);
    }

    private string KindName => Type.Value[Dcp.Namespace.Length..].ToLowerInvariant() switch
    {
        "servicerestriction" => "service restriction",
        "policymeasure" => "policy measure",
        "marketsubstitution" => "market substitution",
        var k => k,
    };

    private IEnumerable<(NamedNode Property, string Wording)> RequiredRoles()
    {
        if (Type.Equals(Dcp.Founding))
        {
            yield return (Dcp.FoundedOrganization, "founded organization (.Founded(...))");
            yield break;
        }
        if (Type.Equals(Dcp.Event)) yield break;
        yield return (Dcp.AgentProperty, "agent (.Agent(...))");
        if (Type.Equals(Dcp.Closure)) yield return (Dcp.ClosedOrganization, "closed organization (.Closed(...))");
        if (Type.Equals(Dcp.Relocation)) yield return (Dcp.ToPlace, "destination (.To(...))");
        if (Type.Equals(Dcp.ServiceRestriction)) yield return (Dcp.Target, "target (.Target(...))");
    }

    private EventBuilder AddAll(NamedNode property, INodeReference[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new GraphBuildException($"No value was given for dcp:{property.Value[Dcp.Namespace.Length..]} on '{Id}'.");
        foreach (var v in values)
        {
            ArgumentNullException.ThrowIfNull(v);
            Add(property, v);
        }
        return this;
    }

    private EventBuilder AddFor(NamedNode kind, NamedNode property, INodeReference value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Type.Equals(kind))
            throw new GraphBuildException($"dcp:{property.Value[Dcp.Namespace.Length..]} applies to a dcp:{kind.Value[Dcp.Namespace.Length..]}, but '{Id}' is a {KindName}.");
        return Add(property, value);
    }

    private EventBuilder AddEvent(NamedNode property, IEventReference other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this)) throw new GraphBuildException($"'{Id}' cannot refer to itself with dcp:{property.Value[Dcp.Namespace.Length..]}.");
        return Add(property, other);
    }
}
