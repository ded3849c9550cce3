using KnowledgeGraph.Model;
using Newtonsoft.Json;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Writes large inputs as JSON-LD while reading them: one node object per run of quads with the same graph and
/// subject (a store yields each subject's quads together), named graphs as <c>@graph</c> objects around their runs,
/// IRIs shortened with the prefix map. Memory holds one node's quads, whatever the input's size. What the
/// whole-document path adds for small inputs (generated coercions, nested blank nodes, <c>@list</c>) needs every
/// quad first, so here blank nodes are <c>_:</c> ids and lists stay <c>rdf:first</c>/<c>rdf:rest</c> triples. A
/// subject that comes back after another gets a second node object with the same <c>@id</c>, which JSON-LD merges.
/// </summary>
internal sealed class JsonLdStreamWriter
{
    private readonly JsonTextWriter _json;
    private readonly JsonLdIris _iris;
    private readonly bool _useRdfType;
    private readonly List<Quad> _node = new();
    private readonly Dictionary<string, List<Quad>> _byPredicate = new(StringComparer.Ordinal);
    private readonly List<string> _predicateOrder = new();

    public JsonLdStreamWriter(JsonTextWriter json, PrefixMap? prefixes, bool useRdfType)
    {
        _json = json;
        _iris = new JsonLdIris(prefixes);
        _useRdfType = useRdfType;
    }

    public void Write(IEnumerator<Quad> quads, CancellationToken ct)
    {
        _json.WriteStartObject();
        if (_iris.Prefixes.Count > 0)
        {
            _json.WritePropertyName("@context");
            _json.WriteStartObject();
            foreach (var (prefix, ns) in _iris.Prefixes)
            {
                _json.WritePropertyName(prefix);
                _json.WriteValue(ns);
            }
            _json.WriteEndObject();
        }
        _json.WritePropertyName("@graph");
        _json.WriteStartArray();
        Term? openGraph = null;
        bool more = quads.MoveNext();
        int nodes = 0;
        while (more)
        {
            if ((++nodes & 0x3FF) == 0) ct.ThrowIfCancellationRequested();
            var first = quads.Current;
            _node.Clear();
            _node.Add(first);
            while ((more = quads.MoveNext()) && Equals(quads.Current.Graph, first.Graph) && quads.Current.Subject.Equals(first.Subject))
                _node.Add(quads.Current);
            if (!Equals(first.Graph, openGraph))
            {
                if (openGraph is not null) EndGraph();
                if (first.Graph is not null) StartGraph(first.Graph);
                openGraph = first.Graph;
            }
            WriteNode(first.Subject);
        }
        if (openGraph is not null) EndGraph();
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void StartGraph(Term graph)
    {
        _json.WriteStartObject();
        var hidden = _iris.HiddenPrefixes(graph, null);
        WriteLocalContext(hidden);
        _json.WritePropertyName("@id");
        _json.WriteValue(_iris.Id(graph, hidden));
        _json.WritePropertyName("@graph");
        _json.WriteStartArray();
        _iris.GraphHidden = hidden;
    }

    private void EndGraph()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _iris.GraphHidden = null;
    }

    private void WriteNode(Term subject)
    {
        var types = new List<Term>();
        foreach (var list in _byPredicate.Values) list.Clear();
        _predicateOrder.Clear();
        var hidden = _iris.HiddenPrefixes(subject, _node);
        foreach (var q in _node)
        {
            if (q.Subject is Literal) throw new RdfWriteException("JSON-LD", $"JSON-LD cannot write a literal subject: {q}");
            if (!_useRdfType && q.Predicate.Equals(Vocab.Rdf.Type) && q.Object is not Literal) { types.Add(q.Object); continue; }
            if (!_byPredicate.TryGetValue(q.Predicate.Value, out var values)) _byPredicate[q.Predicate.Value] = values = new List<Quad>();
            if (values.Count == 0) _predicateOrder.Add(q.Predicate.Value);
            values.Add(q);
        }
        _json.WriteStartObject();
        WriteLocalContext(hidden);
        _json.WritePropertyName("@id");
        _json.WriteValue(_iris.Id(subject, hidden));
        if (types.Count > 0)
        {
            _json.WritePropertyName("@type");
            if (types.Count == 1) _json.WriteValue(_iris.Vocab(types[0], hidden));
            else
            {
                _json.WriteStartArray();
                foreach (var t in types) _json.WriteValue(_iris.Vocab(t, hidden));
                _json.WriteEndArray();
            }
        }
        foreach (var predicate in _predicateOrder)
        {
            var values = _byPredicate[predicate];
            _json.WritePropertyName(_iris.Key(predicate, hidden));
            if (values.Count > 1) _json.WriteStartArray();
            foreach (var q in values) WriteValue(q.Object, hidden);
            if (values.Count > 1) _json.WriteEndArray();
        }
        _json.WriteEndObject();
        if (_byPredicate.Count > 4096) _byPredicate.Clear(); // a graph with very many predicates must not keep them all
    }

    /// <summary>Undefines, for this node only, the prefixes named like the scheme of an IRI it holds (an IRI
    /// <c>ex:thing</c> with a prefix <c>ex</c>), which would otherwise read back as a compact IRI.</summary>
    private void WriteLocalContext(IReadOnlyCollection<string>? hidden)
    {
        if (hidden is null || hidden.Count == 0) return;
        _json.WritePropertyName("@context");
        _json.WriteStartObject();
        foreach (var prefix in hidden)
        {
            _json.WritePropertyName(prefix);
            _json.WriteNull();
        }
        _json.WriteEndObject();
    }

    private void WriteValue(Term value, IReadOnlyCollection<string>? hidden)
    {
        switch (value)
        {
            case Literal { Language: { } language } l:
                _json.WriteStartObject();
                _json.WritePropertyName("@value");
                _json.WriteValue(l.LexicalForm);
                _json.WritePropertyName("@language");
                _json.WriteValue(language);
                _json.WriteEndObject();
                break;
            case Literal l when l.Datatype.Equals(Vocab.Xsd.String):
                _json.WriteValue(l.LexicalForm);
                break;
            case Literal l:
                _json.WriteStartObject();
                _json.WritePropertyName("@value");
                _json.WriteValue(l.LexicalForm);
                _json.WritePropertyName("@type");
                _json.WriteValue(_iris.Vocab(l.Datatype, hidden));
                _json.WriteEndObject();
                break;
            default:
                _json.WriteStartObject();
                _json.WritePropertyName("@id");
                _json.WriteValue(_iris.Id(value, hidden));
                _json.WriteEndObject();
                break;
        }
    }
}
