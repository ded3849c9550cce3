using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>One term of an active context (JSON-LD 1.1 API §4.1).</summary>
internal sealed class TermDefinition
{
    /// <summary>The IRI mapping: an IRI, a blank node identifier, a keyword, or null for a term mapped to null.</summary>
    public string? Iri { get; set; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    public bool Reverse { get; set; }

    public string? BaseUrl { get; set; }

    /// <summary>The scoped context, unprocessed.</summary>
    public JToken? Context { get; set; }

    /// <summary>Container keywords (<c>@list</c>, <c>@set</c>, <c>@index</c>, …); empty when there is none.</summary>
    public HashSet<string> Container { get; set; } = new(StringComparer.Ordinal);

    public bool HasDirection { get; set; }

    /// <summary>The direction mapping when <see cref="HasDirection"/>: <c>ltr</c>, <c>rtl</c>, or null for none.</summary>
    public string? Direction { get; set; }

    public string? Index { get; set; }

    public bool HasLanguage { get; set; }

    /// <summary>The language mapping when <see cref="HasLanguage"/>, null meaning "no language".</summary>
    public string? Language { get; set; }

    public string? Nest { get; set; }

    public string? Type { get; set; }

    public bool HasContainer(string keyword) => Container.Contains(keyword);

    /// <summary>True when both define the same thing, ignoring <see cref="Protected"/> (the test for redefining a protected term).</summary>
    public bool SameAs(TermDefinition other) =>
        Iri == other.Iri && Prefix == other.Prefix && Reverse == other.Reverse
        && HasDirection == other.HasDirection && Direction == other.Direction
        && HasLanguage == other.HasLanguage && Language == other.Language
        && Index == other.Index && Nest == other.Nest && Type == other.Type
        && Container.SetEquals(other.Container)
        && (Context is null ? other.Context is null : other.Context is not null && JToken.DeepEquals(Context, other.Context));
}
