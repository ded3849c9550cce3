using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote.Http;

/// <summary>The media types the clients ask for and the RDF syntax an answer's media type names.</summary>
internal static class MediaTypes
{
    /// <summary>Which RDF syntax reads a body of <paramref name="mediaType"/>; null when none of ours does.</summary>
    public static RdfFormat? RdfFormatOf(string? mediaType)
    {
        var type = (mediaType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "text/turtle" or "application/x-turtle" or "application/turtle" or "text/n3" or "text/rdf+n3" => RdfFormat.Turtle,
            "application/n-triples" or "text/plain" or "text/ntriples" => RdfFormat.NTriples,
            "application/n-quads" or "text/x-nquads" => RdfFormat.NQuads,
            "application/trig" => RdfFormat.TriG,
            "application/rdf+xml" or "application/xml" or "text/xml" => RdfFormat.RdfXml,
            "application/ld+json" or "application/json" => RdfFormat.JsonLd,
            _ => null,
        };
    }
}
