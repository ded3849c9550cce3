namespace KnowledgeGraph.Syntax;

/// <summary>
/// An RDF syntax: its name, file extensions, media type, and its reader and writer. The six W3C syntaxes are built in;
/// <see cref="Register"/> adds a syntax of your own, which <see cref="FromName"/>, <see cref="FromPath"/> and so
/// <c>Graph.Load</c>/<c>Save</c> then find like the built-in ones.
/// </summary>
/// <remarks>Instances are immutable; the registry is safe to use from several threads.</remarks>
public sealed class RdfFormat
{
    // Set once: by the constructor for a user's format, by Syntax.Formats.BuiltInSyntaxes (when the assembly loads)
    // for the built-in ones, so that this type, which every syntax uses, names none of them.
    private Func<IRdfReader> _reader;
    private Func<IRdfWriter> _writer;
    private static IReadOnlyList<RdfFormat>? s_registered;

    /// <summary>Describes a syntax.</summary>
    /// <param name="name">Short name (as <c>kg --to</c> takes it), unique among registered formats.</param>
    /// <param name="mediaType">IANA media type.</param>
    /// <param name="holdsDatasets">True when the syntax can carry named graphs.</param>
    /// <param name="extensions">File extensions with the dot, the usual one first.</param>
    /// <param name="reader">Makes a new reader.</param>
    /// <param name="writer">Makes a new writer.</param>
    public RdfFormat(string name, string mediaType, bool holdsDatasets, IEnumerable<string> extensions, Func<IRdfReader> reader, Func<IRdfWriter> writer)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        ArgumentNullException.ThrowIfNull(extensions);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(writer);
        Name = name;
        MediaType = mediaType;
        HoldsDatasets = holdsDatasets;
        Extensions = extensions.ToArray();
        _reader = reader;
        _writer = writer;
    }

    private RdfFormat(string name, string mediaType, bool holdsDatasets, string[] extensions)
    {
        (Name, MediaType, HoldsDatasets, Extensions) = (name, mediaType, holdsDatasets, extensions);
        _reader = () => throw new InvalidOperationException($"The built-in {name} syntax is not bound.");
        _writer = () => throw new InvalidOperationException($"The built-in {name} syntax is not bound.");
    }

    /// <summary>Gives a built-in format its reader and writer (see <c>Syntax.Formats.BuiltInSyntaxes</c>).</summary>
    internal void Bind(Func<IRdfReader> reader, Func<IRdfWriter> writer) => (_reader, _writer) = (reader, writer);

    /// <summary><see href="https://www.w3.org/TR/turtle/">Turtle</see>.</summary>
    public static RdfFormat Turtle { get; } = new("turtle", "text/turtle", false, [".ttl"]);

    /// <summary><see href="https://www.w3.org/TR/n-triples/">N-Triples</see>.</summary>
    public static RdfFormat NTriples { get; } = new("ntriples", "application/n-triples", false, [".nt"]);

    /// <summary><see href="https://www.w3.org/TR/n-quads/">N-Quads</see>.</summary>
    public static RdfFormat NQuads { get; } = new("nquads", "application/n-quads", true, [".nq"]);

    /// <summary><see href="https://www.w3.org/TR/trig/">TriG</see>.</summary>
    public static RdfFormat TriG { get; } = new("trig", "application/trig", true, [".trig"]);

    /// <summary><see href="https://www.w3.org/TR/rdf-syntax-grammar/">RDF/XML</see>.</summary>
    public static RdfFormat RdfXml { get; } = new("rdfxml", "application/rdf+xml", false, [".rdf", ".owl", ".xml"]);

    /// <summary><see href="https://www.w3.org/TR/json-ld11/">JSON-LD 1.1</see>.</summary>
    public static RdfFormat JsonLd { get; } = new("jsonld", "application/ld+json", true, [".jsonld", ".json"]);

    /// <summary>Every format: the built-in ones in the order of <c>kg</c>'s documentation, then registered ones.</summary>
    public static IReadOnlyList<RdfFormat> All => Volatile.Read(ref s_registered) ?? BuiltIn;

    private static readonly RdfFormat[] BuiltIn = [Turtle, NTriples, NQuads, TriG, RdfXml, JsonLd];

    /// <summary>Adds a syntax to <see cref="All"/>, so that lookups by name, media type and extension find it.</summary>
    /// <exception cref="ArgumentException">A format with this name is already registered.</exception>
    public static void Register(RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        while (true)
        {
            var current = All;
            if (current.Any(f => string.Equals(f.Name, format.Name, StringComparison.OrdinalIgnoreCase)))
                throw new ArgumentException($"A format named '{format.Name}' is already registered.", nameof(format));
            var next = current.Append(format).ToArray();
            if (ReferenceEquals(Interlocked.CompareExchange(ref s_registered, next, current == BuiltIn ? null : current), current == BuiltIn ? null : current))
                return;
        }
    }

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
