using System.Collections.Concurrent;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Supplies remote JSON-LD documents (contexts and <c>@import</c>s) by IRI. It never touches the network: it serves
/// the documents registered with <see cref="Register"/> and the contexts bundled with the package (schema.org's, under
/// <c>http://schema.org/</c>, <c>https://schema.org/</c> and their <c>docs/jsonldcontext.json</c> variants).
/// Subclass and override <see cref="Load"/> to serve documents from elsewhere.
/// </summary>
/// <remarks>Thread safety: the default loader holds no mutable state and may be shared; a subclass used by parallel reads must be thread-safe itself.</remarks>
public class JsonLdDocumentLoader
{
    private static readonly string[] s_schemaOrgIris =
    [
        "http://schema.org", "http://schema.org/", "https://schema.org", "https://schema.org/",
        "http://schema.org/docs/jsonldcontext.json", "https://schema.org/docs/jsonldcontext.json",
        "http://schema.org/docs/jsonldcontext.jsonld", "https://schema.org/docs/jsonldcontext.jsonld",
    ];

    private static readonly Lazy<string> s_schemaOrg = new(() => ReadResource("schemaorg.jsonld"));

    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>Creates a loader serving the bundled contexts (and, when <paramref name="includeBundledContexts"/>
    /// is false, only what is registered).</summary>
    public JsonLdDocumentLoader(bool includeBundledContexts = true) => IncludesBundledContexts = includeBundledContexts;

    /// <summary>True when the bundled contexts (schema.org) are served.</summary>
    public bool IncludesBundledContexts { get; }

    /// <summary>Makes <paramref name="json"/> the document served for <paramref name="iri"/>.</summary>
    public void Register(string iri, string json)
    {
        ArgumentNullException.ThrowIfNull(iri);
        ArgumentNullException.ThrowIfNull(json);
        _documents[iri] = json;
    }

    /// <summary>The JSON text of the document at <paramref name="iri"/>, or null when it is not available.</summary>
    public virtual string? Load(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        if (_documents.TryGetValue(iri, out var json)) return json;
        if (IncludesBundledContexts && Array.IndexOf(s_schemaOrgIris, iri) >= 0) return s_schemaOrg.Value;
        return null;
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(JsonLdDocumentLoader).Assembly;
        var resource = assembly.GetManifestResourceNames().First(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
