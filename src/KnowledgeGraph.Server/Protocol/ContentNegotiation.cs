using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// Picks the answer's format from the Accept header (q-values, <c>type/*</c> and <c>*/*</c> ranges), among the
/// formats the server writes, in the server's order of preference when the client likes several equally. When the
/// header accepts none of them the default is sent anyway (RFC 9110 §12.5.1 lets a server disregard Accept rather
/// than answer 406): clients such as rdflib's SPARQLStore send one results Accept for every query form and read
/// whatever comes back by its Content-Type. A <c>format</c> parameter (json, xml, csv, tsv, or an RDF format name)
/// overrides Accept, for the query page and for clients that cannot set headers.
/// </summary>
internal static class ContentNegotiation
{
    /// <summary>Results media types in order of preference; the first is the default.</summary>
    private static readonly (string Type, SparqlResultsFormat Format)[] ResultsOffers =
    [
        ("application/sparql-results+json", SparqlResultsFormat.Json),
        ("application/sparql-results+xml", SparqlResultsFormat.Xml),
        ("text/tab-separated-values", SparqlResultsFormat.Tsv),
        ("text/csv", SparqlResultsFormat.Csv),
        ("application/json", SparqlResultsFormat.Json),
        ("application/xml", SparqlResultsFormat.Xml),
        ("text/xml", SparqlResultsFormat.Xml),
    ];

    /// <summary>RDF media types in order of preference; the first (Turtle) is the default.</summary>
    private static readonly (string Type, RdfFormat Format)[] RdfOffers =
    [
        ("text/turtle", RdfFormat.Turtle),
        ("application/n-triples", RdfFormat.NTriples),
        ("application/rdf+xml", RdfFormat.RdfXml),
        ("application/ld+json", RdfFormat.JsonLd),
        ("application/n-quads", RdfFormat.NQuads),
        ("application/trig", RdfFormat.TriG),
        ("text/plain", RdfFormat.NTriples),
        ("application/xml", RdfFormat.RdfXml),
        ("application/json", RdfFormat.JsonLd),
    ];

    public static (string MediaType, SparqlResultsFormat Format) Results(string? accept, string? formatParameter)
    {
        if (!string.IsNullOrEmpty(formatParameter))
        {
            var name = formatParameter.ToLowerInvariant();
            foreach (var offer in ResultsOffers)
                if (offer.Format.ToString().Equals(name, StringComparison.OrdinalIgnoreCase) || offer.Type == name) return offer;
            throw new ProtocolException(400, $"Unknown results format '{formatParameter}' (json, xml, csv or tsv).");
        }
        return ResultsOffers[Math.Max(0, Choose(accept, ResultsOffers.Select(o => o.Type).ToArray()))];
    }

    public static (string MediaType, RdfFormat Format) Rdf(string? accept, string? formatParameter)
    {
        if (!string.IsNullOrEmpty(formatParameter))
        {
            var format = RdfFormat.FromName(formatParameter)
                ?? throw new ProtocolException(400, $"Unknown RDF format '{formatParameter}' ({string.Join(", ", RdfFormat.All.Select(f => f.Name))}).");
            return (format.MediaType, format);
        }
        int i = Choose(accept, RdfOffers.Select(o => o.Type).ToArray());
        // A client that asked for XML results to a CONSTRUCT (rdflib's SPARQLStore does) reads RDF/XML.
        if (i < 0) return accept!.Contains("xml", StringComparison.OrdinalIgnoreCase) ? ("application/rdf+xml", RdfFormat.RdfXml) : RdfOffers[0];
        return RdfOffers[i];
    }

    /// <summary>The RDF syntax of a request body's media type, or null.</summary>
    public static RdfFormat? RdfOfContentType(string? mediaType)
    {
        var type = (mediaType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        foreach (var offer in RdfOffers)
            if (offer.Type == type) return offer.Format;
        return type is "application/x-turtle" ? RdfFormat.Turtle : null;
    }

    /// <summary>The index of the offer the Accept header likes best, or -1 when it accepts none.</summary>
    internal static int Choose(string? accept, IReadOnlyList<string> offers)
    {
        if (string.IsNullOrWhiteSpace(accept)) return 0;
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges) || ranges.Count == 0) return 0;
        int best = -1;
        double bestQ = 0;
        for (int i = 0; i < offers.Count; i++)
        {
            double q = QualityOf(offers[i], ranges);
            if (q > bestQ) { best = i; bestQ = q; }
        }
        return best;
    }

    /// <summary>The q of the most specific range matching <paramref name="offer"/> (RFC 9110 §12.5.1).</summary>
    private static double QualityOf(string offer, IList<MediaTypeHeaderValue> ranges)
    {
        int slash = offer.IndexOf('/');
        var type = offer[..slash];
        int specificity = -1;
        double q = 0;
        foreach (var range in ranges)
        {
            var mediaType = range.MediaType.Value?.ToLowerInvariant() ?? "";
            int s = mediaType == offer ? 2 : mediaType == type + "/*" ? 1 : mediaType == "*/*" ? 0 : -1;
            if (s > specificity)
            {
                specificity = s;
                q = range.Quality ?? 1.0;
            }
        }
        return q;
    }
}
