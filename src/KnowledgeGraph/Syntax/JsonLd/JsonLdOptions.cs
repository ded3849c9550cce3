namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>How <c>rdf:JSON</c>-free text direction is turned into RDF (the <c>rdfDirection</c> option of the JSON-LD 1.1 API).</summary>
public enum JsonLdRdfDirection
{
    /// <summary>Drop the base direction (the default).</summary>
    None = 0,
    /// <summary>Encode language and direction in a datatype IRI <c>https://www.w3.org/ns/i18n#lang_dir</c>.</summary>
    I18nDatatype = 1,
    /// <summary>Encode the value as a blank node with <c>rdf:value</c>, <c>rdf:language</c> and <c>rdf:direction</c>.</summary>
    CompoundLiteral = 2,
}

/// <summary>
/// Options of the <see href="https://www.w3.org/TR/json-ld11-api/#the-jsonldoptions-type">JSON-LD 1.1 API</see>
/// that apply to converting JSON-LD to and from RDF.
/// </summary>
/// <remarks>Thread safety: a plain settings object, not synchronised; set it up on one thread, then share it read-only (do not change it while an operation that was given it is running).</remarks>
public sealed class JsonLdOptions
{
    /// <summary>The base IRI of the document; when null, <see cref="RdfReaderOptions.BaseIri"/> is used.</summary>
    public string? Base { get; set; }

    /// <summary>A context (JSON text, or a JSON string holding a context IRI) applied before the document's own.</summary>
    public string? ExpandContext { get; set; }

    /// <summary><c>json-ld-1.1</c> (the default) or <c>json-ld-1.0</c>.</summary>
    public string ProcessingMode { get; set; } = "json-ld-1.1";

    /// <summary>Emit triples whose predicate is a blank node. Our RDF model has IRI predicates only, so such
    /// triples are always dropped: not public, since it could do nothing; the W3C tests set it.</summary>
    internal bool ProduceGeneralizedRdf { get; set; }

    /// <summary>How values with a base direction become RDF.</summary>
    public JsonLdRdfDirection RdfDirection { get; set; }

    /// <summary>When writing: turn <c>xsd:boolean</c>, <c>xsd:integer</c> and <c>xsd:double</c> literals into JSON
    /// booleans and numbers, as the JSON-LD API's <c>useNativeTypes</c> does. Off by default because it can change
    /// data: a non-canonical form such as <c>"01"^^xsd:integer</c> reads back as <c>"1"</c>.</summary>
    public bool UseNativeTypes { get; set; }

    /// <summary>When writing: keep <c>rdf:type</c> as an ordinary property instead of <c>@type</c>.</summary>
    public bool UseRdfType { get; set; }

    /// <summary>Where remote contexts come from. Never the network: the default serves only registered and bundled contexts.</summary>
    public JsonLdDocumentLoader DocumentLoader { get; set; } = new();

    /// <summary>Deepest JSON nesting accepted; deeper input is an error, never a stack overflow.</summary>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    internal const int DefaultMaxDepth = 1000;

    /// <summary>Most remote or scoped contexts that may be nested inside each other before <c>context overflow</c>.</summary>
    public int MaxContextNesting { get; set; } = 64;

    internal bool IsJsonLd10 => ProcessingMode == "json-ld-1.0";

    /// <summary>For the writer: keep <c>rdf:JSON</c> literals whose lexical form is not canonical as typed strings,
    /// since turning them into JSON would change the literal.</summary>
    internal bool KeepNonCanonicalJson { get; set; }
}
