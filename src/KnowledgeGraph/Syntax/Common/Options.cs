using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>How a reader parses its input.</summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
public sealed class RdfReaderOptions
{
    /// <summary>The base IRI that relative IRIs resolve against (the document's retrieval IRI).</summary>
    public string? BaseIri { get; set; }

    /// <summary>The name used for the input in error messages: a path, <c>-</c>, or a label.</summary>
    public string? SourceName { get; set; }

    /// <summary>Deepest nesting of blank node property lists, collections or elements accepted; deeper input is a
    /// syntax error, never a stack overflow.</summary>
    public int MaxNestingDepth { get; set; } = 10_000;

    /// <summary>
    /// Longest literal (and longest IRI or other token), in characters, accepted before reporting a positioned
    /// syntax error. The default is 16 MiB characters, so a hostile 50 MB literal cannot exhaust memory; raise it
    /// for data that really holds larger literals.
    /// </summary>
    public int MaxLiteralLength { get; set; } = DefaultMaxLiteralLength;

    /// <summary>
    /// Keep the document's blank node labels (<c>_:b1</c> stays <c>b1</c>) instead of giving each a fresh one. The reader
    /// then keeps no table of the labels it has met, so its memory stays flat however many blank nodes the input has.
    /// Use it when one document's quads go to one output (a streaming conversion), never when documents are merged:
    /// there, equal labels in two documents must stay two nodes. Turtle, TriG, N-Triples and N-Quads honour it.
    /// </summary>
    public bool PreserveBlankNodeLabels { get; set; }

    /// <summary>The default of <see cref="MaxLiteralLength"/>: 16 MiB characters.</summary>
    public const int DefaultMaxLiteralLength = 16 * 1024 * 1024;
}

/// <summary>How a writer formats its output.</summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
public sealed class RdfWriterOptions
{
    /// <summary>A base IRI writers may use to shorten IRIs (Turtle, TriG, RDF/XML); null writes IRIs in full.</summary>
    public string? BaseIri { get; set; }

    /// <summary>Indentation unit for pretty syntaxes.</summary>
    public string Indent { get; set; } = "    ";

    /// <summary>For JSON-LD: a context to compact with instead of one generated from the prefix map (a JSON string).</summary>
    public string? JsonLdContext { get; set; }

    /// <summary>
    /// Prefixes the syntaxes that have them (Turtle, TriG, RDF/XML, JSON-LD) abbreviate IRIs with; null declares none.
    /// <c>Graph.Write</c>, <c>Dataset.Write</c> and <c>Save</c> use the data's own prefixes when this is null.
    /// </summary>
    public PrefixMap? Prefixes { get; set; }

    /// <summary>These options with <see cref="Prefixes"/> set to <paramref name="prefixes"/> where the caller left it null
    /// (a copy: the caller's object is never changed).</summary>
    internal static RdfWriterOptions WithDefaultPrefixes(RdfWriterOptions? options, PrefixMap prefixes) =>
        options?.Prefixes is not null ? options : new RdfWriterOptions
        {
            BaseIri = options?.BaseIri,
            Indent = options?.Indent ?? "    ",
            JsonLdContext = options?.JsonLdContext,
            Prefixes = prefixes,
        };
}
