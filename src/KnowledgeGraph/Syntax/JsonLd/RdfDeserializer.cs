using System.Globalization;
using System.Numerics;
using KnowledgeGraph.Model;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>Deserialize JSON-LD to RDF (JSON-LD 1.1 API §8.1.2): turns a node map into quads, dropping relative IRIs
/// and ill-formed language tags as the algorithm prescribes.</summary>
internal sealed class RdfDeserializer
{
    private const string I18n = "https://www.w3.org/ns/i18n#";
    private static readonly NamedNode s_rdfValue = NamedNode.CreateUnchecked(Vocab.Rdf.Namespace + "value");
    private static readonly NamedNode s_rdfLanguage = NamedNode.CreateUnchecked(Vocab.Rdf.Namespace + "language");
    private static readonly NamedNode s_rdfDirection = NamedNode.CreateUnchecked(Vocab.Rdf.Namespace + "direction");

    private readonly ProcessingSession _session;
    private readonly Action<Quad> _emit;
    private readonly Func<string> _newBlankNode;
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);

    public RdfDeserializer(ProcessingSession session, Action<Quad> emit, Func<string> newBlankNode)
    {
        _session = session;
        _emit = emit;
        _newBlankNode = newBlankNode;
    }

    public void Emit(NodeMap map)
    {
        foreach (var (graphName, graph) in map.Graphs)
        {
            Term? graphTerm = null;
            if (graphName != "@default")
            {
                graphTerm = Resource(graphName);
                if (graphTerm is null) continue;
            }
            foreach (var (subjectId, node) in graph)
            {
                _session.CancellationToken.ThrowIfCancellationRequested();
                var subject = Resource(subjectId);
                if (subject is null) continue;
                foreach (var type in node.Types)
                    if (Resource(type) is { } typeTerm) _emit(new Quad(subject, Vocab.Rdf.Type, typeTerm, graphTerm));
                foreach (var (property, values) in node.Properties)
                {
                    if (Keywords.IsBlankNodeId(property) || !IsWellFormedIri(property)) continue;
                    var predicate = NamedNode.CreateUnchecked(property);
                    foreach (var item in values.Items)
                    {
                        var obj = ObjectToRdf(item, graphTerm, 0);
                        if (obj is not null) _emit(new Quad(subject, predicate, obj, graphTerm));
                    }
                }
            }
        }
    }

    /// <summary>An IRI or blank node term for a node identifier, or null when it is a relative IRI (and so dropped).</summary>
    private Term? Resource(string id)
    {
        if (Keywords.IsBlankNodeId(id))
        {
            if (!_blankNodes.TryGetValue(id, out var b)) _blankNodes[id] = b = BlankNode.Create(id[2..]);
            return b;
        }
        return IsWellFormedIri(id) ? NamedNode.CreateUnchecked(id) : null;
    }

    /// <summary>The IRI rule every reader shares (<see cref="IriSyntax.IsAbsoluteIri"/>); JSON-LD drops what fails it
    /// (e.g. a vocabulary IRI joined to a fragment), where the other syntaxes report an error.</summary>
    private static bool IsWellFormedIri(string iri) => IriSyntax.IsAbsoluteIri(iri, out _);

    private Term? ObjectToRdf(JToken item, Term? graph, int depth)
    {
        _session.Enter(depth, item);
        if (item is not JObject o) return null;
        if (o["@id"] is { } id) return id.Str() is { } s ? Resource(s) : null;
        if (o["@list"] is { } list) return ListToRdf(list.AsArray(), graph, depth);
        var value = o["@value"];
        var datatype = o["@type"].Str();
        if (value is null) return null;
        if (datatype is not null && datatype != "@json" && !IsWellFormedIri(datatype)) return null;
        var language = o["@language"].Str();
        if (language is not null && language.Length > LanguageTag.MaxLength)
            JsonLdError.Throw(ErrorCodes.InvalidLanguageTaggedString, LanguageTag.Problem(language)!, o["@language"] ?? o);
        if (language is not null && !LanguageTag.IsWellFormed(language)) return null;
        string lexical;
        if (datatype == "@json")
        {
            lexical = Jcs.Serialize(value);
            datatype = Vocab.Rdf.Json.Value;
        }
        else if (value.Type == JTokenType.Boolean)
        {
            lexical = (bool)value ? "true" : "false";
            datatype ??= Vocab.Xsd.Boolean.Value;
        }
        else if (value.Type is JTokenType.Integer or JTokenType.Float)
        {
            double d = value is JValue { Value: BigInteger big } ? (double)big : Convert.ToDouble(((JValue)value).Value, CultureInfo.InvariantCulture);
            bool integral = value.Type == JTokenType.Integer || (Math.Floor(d) == d && !double.IsInfinity(d));
            if (!integral || Math.Abs(d) >= 1e21 || datatype == Vocab.Xsd.Double.Value)
            {
                lexical = XsdFormat.Double(d);
                datatype ??= Vocab.Xsd.Double.Value;
            }
            else
            {
                lexical = value is JValue { Value: BigInteger bi } ? bi.ToString(CultureInfo.InvariantCulture)
                    : value.Type == JTokenType.Integer ? Convert.ToInt64(((JValue)value).Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
                    : new BigInteger(d).ToString(CultureInfo.InvariantCulture);
                datatype ??= Vocab.Xsd.Integer.Value;
            }
        }
        else
        {
            lexical = value.Str() ?? value.ToString();
            datatype ??= language is not null ? Vocab.Rdf.LangString.Value : Vocab.Xsd.StringIri;
        }
        var direction = o["@direction"].Str();
        if (direction is not null && _session.Options.RdfDirection != JsonLdRdfDirection.None)
            return DirectionalLiteral(lexical, language, direction, graph);
        if (language is not null) return Literal.CreateUnchecked(lexical, Vocab.Rdf.LangString, language);
        return Literal.CreateUnchecked(lexical, NamedNode.CreateUnchecked(datatype), null);
    }

    private Term DirectionalLiteral(string lexical, string? language, string direction, Term? graph)
    {
        var lang = language?.ToLowerInvariant() ?? "";
        if (_session.Options.RdfDirection == JsonLdRdfDirection.I18nDatatype)
            return Literal.CreateUnchecked(lexical, NamedNode.CreateUnchecked(I18n + lang + "_" + direction), null);
        var node = (BlankNode)Resource(_newBlankNode())!;
        _emit(new Quad(node, s_rdfValue, Literal.Create(lexical), graph));
        if (language is not null) _emit(new Quad(node, s_rdfLanguage, Literal.Create(lang), graph));
        _emit(new Quad(node, s_rdfDirection, Literal.Create(direction), graph));
        return node;
    }

    private Term ListToRdf(JArray items, Term? graph, int depth)
    {
        if (items.Count == 0) return Vocab.Rdf.Nil;
        var nodes = new BlankNode[items.Count];
        for (int i = 0; i < nodes.Length; i++) nodes[i] = (BlankNode)Resource(_newBlankNode())!;
        for (int i = 0; i < nodes.Length; i++)
        {
            var obj = ObjectToRdf(items[i], graph, depth + 1);
            if (obj is not null) _emit(new Quad(nodes[i], Vocab.Rdf.First, obj, graph));
            _emit(new Quad(nodes[i], Vocab.Rdf.Rest, i + 1 < nodes.Length ? nodes[i + 1] : Vocab.Rdf.Nil, graph));
        }
        return nodes[0];
    }
}
