namespace KnowledgeGraph.Syntax;

/// <summary>How a reader parses its input.</summary>
public sealed class RdfReaderOptions
{
    /// <summary>The base IRI that relative IRIs resolve against (the document's retrieval IRI).</summary>
    public string? BaseIri { get; set; }

    /// <summary>The name used for the input in error messages: a path, <c>-</c>, or a label.</summary>
    public string? SourceName { get; set; }

    /// <summary>Deepest nesting of blank node property lists, collections or elements accepted; deeper input is a
    /// syntax error, never a stack overflow.</summary>
    public int MaxNestingDepth { get; set; } = 10_000;

    /// <summary>Longest literal, in characters, accepted before reporting an error.</summary>
    public int MaxLiteralLength { get; set; } = 256 * 1024 * 1024;
}

/// <summary>How a writer formats its output.</summary>
public sealed class RdfWriterOptions
{
    /// <summary>A base IRI writers may use to shorten IRIs (Turtle, TriG, RDF/XML); null writes IRIs in full.</summary>
    public string? BaseIri { get; set; }

    /// <summary>Indentation unit for pretty syntaxes.</summary>
    public string Indent { get; set; } = "    ";

    /// <summary>For JSON-LD: a context to compact with instead of one generated from the prefix map (a JSON string).</summary>
    public string? JsonLdContext { get; set; }
}
