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
    /// Says what the article says, or leaves unsaid, about where the person is (<c>dcp:placeNote</c>, in
    /// <paramref name="language"/>), for one the graph cannot place with <see cref="BasedIn"/> without guessing.
    /// </summary>
    public PersonBuilder PlaceNote(string text, string language) => Add(Dcp.PlaceNote, LanguageText(text, language));

    /// <summary>The person's job title (<c>schema:jobTitle</c>), one per language: <c>JobTitle(("Director", "en"))</c>.</summary>
    public PersonBuilder JobTitle(params (string Text, string Language)[] titles) => AddTexts(ExternalVocab.SchemaJobTitle, titles);

    internal PersonBuilder SourceDescription((string Text, string Language)[] descriptions) => AddTexts(Dcp.SourceDescription, descriptions);

    private PersonBuilder AddTexts(NamedNode property, (string Text, string Language)[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var (text, language) in texts) Add(property, LanguageText(text, language));
        return this;
    }
}
