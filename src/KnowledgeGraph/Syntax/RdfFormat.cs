using KnowledgeGraph.Syntax.JsonLd;
using KnowledgeGraph.Syntax.NTriples;
using KnowledgeGraph.Syntax.RdfXml;
using KnowledgeGraph.Syntax.Turtle;

namespace KnowledgeGraph.Syntax;

/// <summary>An RDF syntax: its name, file extensions, media type, and its reader and writer.</summary>
public sealed class RdfFormat
{
    private readonly Func<IRdfReader> _reader;
    private readonly Func<IRdfWriter> _writer;

    private RdfFormat(string name, string mediaType, bool holdsDatasets, string[] extensions, Func<IRdfReader> reader, Func<IRdfWriter> writer)
    {
        Name = name;
        MediaType = mediaType;
        HoldsDatasets = holdsDatasets;
        Extensions = extensions;
        _reader = reader;
        _writer = writer;
    }

    /// <summary><see href="https://www.w3.org/TR/turtle/">Turtle</see>.</summary>
    public static RdfFormat Turtle { get; } = new("turtle", "text/turtle", false, [".ttl"], () => new TurtleReader(), () => new TurtleWriter());

    /// <summary><see href="https://www.w3.org/TR/n-triples/">N-Triples</see>.</summary>
    public static RdfFormat NTriples { get; } = new("ntriples", "application/n-triples", false, [".nt"], () => new NTriplesReader(), () => new NTriplesWriter());

    /// <summary><see href="https://www.w3.org/TR/n-quads/">N-Quads</see>.</summary>
    public static RdfFormat NQuads { get; } = new("nquads", "application/n-quads", true, [".nq"], () => new NQuadsReader(), () => new NQuadsWriter());

    /// <summary><see href="https://www.w3.org/TR/trig/">TriG</see>.</summary>
    public static RdfFormat TriG { get; } = new("trig", "application/trig", true, [".trig"], () => new TriGReader(), () => new TriGWriter());

    /// <summary><see href="https://www.w3.org/TR/rdf-syntax-grammar/">RDF/XML</see>.</summary>
    public static RdfFormat RdfXml { get; } = new("rdfxml", "application/rdf+xml", false, [".rdf", ".owl", ".xml"], () => new RdfXmlReader(), () => new RdfXmlWriter());

    /// <summary><see href="https://www.w3.org/TR/json-ld11/">JSON-LD 1.1</see>.</summary>
    public static RdfFormat JsonLd { get; } = new("jsonld", "application/ld+json", true, [".jsonld", ".json"], () => new JsonLdReader(), () => new JsonLdWriter());

    /// <summary>Every format, in the order of <c>kg</c>'s documentation.</summary>
    public static IReadOnlyList<RdfFormat> All { get; } = [Turtle, NTriples, NQuads, TriG, RdfXml, JsonLd];

    /// <summary>The short name used by <c>kg</c> (<c>turtle</c>, <c>ntriples</c>, …).</summary>
    public string Name { get; }

    /// <summary>The IANA media type.</summary>
    public string MediaType { get; }

    /// <summary>True when the syntax can carry named graphs.</summary>
    public bool HoldsDatasets { get; }

    /// <summary>File extensions, with the dot, the first being the usual one.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>A new reader for this syntax.</summary>
    public IRdfReader CreateReader() => _reader();

    /// <summary>A new writer for this syntax.</summary>
    public IRdfWriter CreateWriter() => _writer();

    /// <summary>The format with this short name or media type (case-insensitive), or null.</summary>
    public static RdfFormat? FromName(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(f.MediaType, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format a file name's extension implies, or null.</summary>
    public static RdfFormat? FromPath(string path)
    {
        var ext = Path.GetExtension(path);
        return All.FirstOrDefault(f => f.Extensions.Any(e => string.Equals(e, ext, StringComparison.OrdinalIgnoreCase)));
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
