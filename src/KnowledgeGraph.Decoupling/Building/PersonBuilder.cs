using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>Builds a <c>dcp:Person</c> or a <c>dcp:AnonymousSource</c>.</summary>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
public sealed class PersonBuilder : NodeBuilder<PersonBuilder>, IAgentReference
{
    internal PersonBuilder(KnowledgeGraphBuilder owner, string id, NamedNode type) : base(owner, id, type) { }

    /// <summary>True for an anonymous source.</summary>
    public bool IsAnonymous => Type.Equals(Dcp.AnonymousSource);

    /// <summary>The person is employed by <paramref name="organization"/> (<c>dcp:worksFor</c>).</summary>
    public PersonBuilder WorksFor(IOrganizationReference organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Add(Dcp.WorksFor, organization);
    }

    /// <summary>The person leads <paramref name="organization"/> (<c>dcp:heads</c>).</summary>
    public PersonBuilder Heads(IOrganizationReference organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Add(Dcp.Heads, organization);
    }

    /// <summary>The person holds a position at <paramref name="organization"/> (<c>dcp:affiliatedWith</c>).</summary>
    public PersonBuilder AffiliatedWith(IOrganizationReference organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return Add(Dcp.AffiliatedWith, organization);
    }

    /// <summary>Where the person is based (<c>dcp:basedIn</c>).</summary>
    public PersonBuilder BasedIn(IPlaceReference place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return Add(Dcp.BasedIn, place);
    }

    /// <summary>
    /// Says in English what the article says, or leaves unsaid, about where the person is (<c>dcp:placeNote</c>), for
    /// one the graph cannot place with <see cref="BasedIn"/> without guessing.
    /// </summary>
    public PersonBuilder PlaceNote(string english) => Add(Dcp.PlaceNote, LanguageText(english, "en"));

    /// <summary>The person's job title (<c>schema:jobTitle</c>) in English and Chinese.</summary>
    public PersonBuilder JobTitle(string english, string chinese)
    {
        Add(ExternalVocab.SchemaJobTitle, LanguageText(english, "en"));
        return Add(ExternalVocab.SchemaJobTitle, LanguageText(chinese, "zh-Hans"));
    }

    internal PersonBuilder SourceDescription(string english, string chinese)
    {
        Add(Dcp.SourceDescription, LanguageText(english, "en"));
        return Add(Dcp.SourceDescription, LanguageText(chinese, "zh-Hans"));
    }
}
