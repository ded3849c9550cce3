using KnowledgeGraph.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Writes RDF as compacted, readable <see href="https://www.w3.org/TR/json-ld11/">JSON-LD 1.1</see>: an
/// <c>@context</c> generated from the prefix map (or <see cref="RdfWriterOptions.JsonLdContext"/>), short keys,
/// <c>@type</c> coercion, language maps, blank nodes used once nested in place, <c>@list</c> for RDF lists, and named
/// graphs as <c>@graph</c> objects. The same dataset always gives the same bytes, and <see cref="JsonLdReader"/> reads
/// the output back to an isomorphic dataset.
/// </summary>
/// <remarks>
/// That layout needs every quad in memory first, several times over. So an input of more than
/// <see cref="StreamingThreshold"/> quads (without a supplied <see cref="RdfWriterOptions.JsonLdContext"/>) is written
/// while it is read instead: a context of the prefix map's prefixes, then one node object per subject as the quads
/// arrive (grouped as a store yields them), with blank nodes as <c>_:</c> ids. The output is as valid and reads back
/// the same, and follows the input's order; memory stays that of one node.
/// Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.
/// </remarks>
public sealed class JsonLdWriter : IRdfWriter
{
    /// <summary>Creates a writer with default options.</summary>
    public JsonLdWriter() : this(new JsonLdOptions()) { }

    /// <summary>Creates a writer with the given options (its document loader resolves a supplied context given by IRI).</summary>
    public JsonLdWriter(JsonLdOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The JSON-LD processing options.</summary>
    public JsonLdOptions Options { get; }

    /// <summary>The most quads laid out as a whole document; a larger input is streamed. Internal so tests can
    /// stream small inputs.</summary>
    internal int StreamingThreshold { get; init; } = 20_000;

    /// <inheritdoc />
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prefixes = options?.Prefixes;
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        var indent = options?.Indent ?? "  ";
        using var json = new JsonTextWriter(output)
        {
            Formatting = Formatting.Indented,
            Indentation = indent.Length,
            IndentChar = indent.Length > 0 ? indent[0] : ' ',
            CloseOutput = false,
        };
        using var source = quads.GetEnumerator();
        var head = new List<Quad>();
        bool more;
        while ((more = source.MoveNext()) && (head.Count < StreamingThreshold || options?.JsonLdContext is not null))
            head.Add(source.Current);
        if (!more) BuildDocument(head, prefixes, options, cancellationToken).WriteTo(json);
        else
        {
            head.Add(source.Current);
            using var all = Concat(head, source).GetEnumerator();
            new JsonLdStreamWriter(json, prefixes, Options.UseRdfType).Write(all, cancellationToken);
        }
        json.Flush();
        output.Write('\n');
    }

    /// <summary>The buffered head, then the rest of the input; the head is released as it is written.</summary>
    private static IEnumerable<Quad> Concat(List<Quad> head, IEnumerator<Quad> rest)
    {
        for (int i = 0; i < head.Count; i++) yield return head[i];
        head.Clear();
        head.TrimExcess();
        while (rest.MoveNext()) yield return rest.Current;
    }

    internal JObject BuildDocument(IEnumerable<Quad> quads, PrefixMap? prefixes, RdfWriterOptions? options, CancellationToken cancellationToken)
    {
        var distinct = new List<Quad>();
        var seen = new HashSet<Quad>();
        foreach (var q in Syntax.WritableTerms.Checked(quads, "JSON-LD"))
            if (seen.Add(q)) distinct.Add(q);
        var labelled = BlankNodeLabeler.Relabel(distinct, cancellationToken);
        var session = new ProcessingSession(Options, cancellationToken);
        var processor = new ContextProcessor(session);
        JToken contextJson;
        try
        {
            var expanded = RdfToJsonLd.Serialize(labelled, new JsonLdOptions
            {
                ProcessingMode = Options.ProcessingMode,
                RdfDirection = Options.RdfDirection,
                UseNativeTypes = Options.UseNativeTypes,
                UseRdfType = Options.UseRdfType,
                KeepNonCanonicalJson = true,
            }, cancellationToken);
            var nodes = BlankNodeEmbedder.Embed(expanded);
            if (options?.JsonLdContext is { } supplied)
            {
                contextJson = JsonText.Parse(supplied, Options.MaxDepth, "JsonLdContext");
                if (contextJson is JObject wrapper && wrapper.Count == 1 && wrapper.TryGetValue("@context", out var inner)) contextJson = inner;
            }
            else contextJson = ContextGenerator.Generate(nodes, prefixes);
            var active = processor.Process(new ActiveContext(null, Options), contextJson, null);
            var compactor = new Compactor(active, processor);
            var compacted = nodes.OfType<JObject>().Select(n => compactor.CompactNode(n, 0)).ToList();
            var document = new JObject();
            if (contextJson is not JObject { Count: 0 }) document["@context"] = contextJson;
            if (compacted.Count == 1)
                foreach (var p in compacted[0].Properties().ToList())
                {
                    p.Remove();
                    document.Add(p);
                }
            else document["@graph"] = new JArray(compacted);
            return document;
        }
        catch (JsonLdError e)
        {
            throw e.ToException("JsonLdWriter");
        }
    }
}
