using KnowledgeGraph.Model;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Reads <see href="https://www.w3.org/TR/json-ld11/">JSON-LD 1.1</see> into RDF with the JSON-LD 1.1 API's
/// expansion, node map generation and toRdf algorithms. Remote contexts come only from
/// <see cref="JsonLdOptions.DocumentLoader"/>, never from the network. Errors are <see cref="JsonLdException"/>s
/// carrying the spec's error code and the line and column of the offending JSON.
/// </summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class JsonLdReader : IRdfReader
{
    /// <summary>Creates a reader with default options.</summary>
    public JsonLdReader() : this(new JsonLdOptions()) { }

    /// <summary>Creates a reader with the given options.</summary>
    public JsonLdReader(JsonLdOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The JSON-LD processing options.</summary>
    public JsonLdOptions Options { get; }

    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        var source = options?.SourceName;
        var guarded = new JsonLengthGuard(input, options?.MaxLiteralLength ?? RdfReaderOptions.DefaultMaxLiteralLength, source);
        var document = JsonText.Parse(guarded, Options.MaxDepth, source);
        Read(document, sink, Options.Base ?? options?.BaseIri, source, cancellationToken);
    }

    internal void Read(JToken document, IRdfSink sink, string? baseIri, string? source, CancellationToken cancellationToken)
    {
        var session = new ProcessingSession(Options, cancellationToken);
        var quads = new List<Quad>();
        ActiveContext? topContext = null;
        try
        {
            var expander = new Expander(session);
            var active = new ActiveContext(baseIri, Options);
            if (Options.ExpandContext is { } expandContext)
            {
                var parsed = JsonText.Parse(expandContext, Options.MaxDepth, "expandContext");
                if (parsed is JObject ec && ec.TryGetValue("@context", out var inner)) parsed = inner;
                active = expander.Contexts.Process(active, parsed, baseIri);
            }
            var expanded = expander.ExpandDocument(active, document, baseIri);
            if (document is JObject top && top.TryGetValue("@context", out var local))
                topContext = expander.Contexts.Process(active, local, baseIri);
            Func<string> newBlank = () => "_:" + BlankNode.CreateNew().Label;
            var map = new NodeMap(session, newBlank);
            map.Add(expanded);
            new RdfDeserializer(session, quads.Add, newBlank).Emit(map);
        }
        catch (JsonLdError e)
        {
            throw e.ToException(source);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException or InvalidOperationException)
        {
            throw new JsonLdException(ErrorCodes.InvalidInput, e.Message, 1, 1, source, e);
        }
        if (baseIri is not null) sink.OnBase(baseIri);
        if (topContext is not null) ReportPrefixes(topContext, sink);
        foreach (var quad in quads) sink.OnQuad(quad);
    }

    /// <summary>Passes the document's prefixes on, so that a Turtle writer can reuse them.</summary>
    private static void ReportPrefixes(ActiveContext context, IRdfSink sink)
    {
        if (context.Vocab is { } vocab && Keywords.IsAbsoluteIri(vocab)) sink.OnPrefix("", vocab);
        foreach (var (term, def) in context.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
            if (def is { Prefix: true, Iri: { } iri } && Keywords.IsAbsoluteIri(iri) && IsPrefixName(term))
                sink.OnPrefix(term, iri);
    }

    private static bool IsPrefixName(string term) =>
        term.Length > 0 && char.IsAsciiLetter(term[0]) && term.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
