using System.Globalization;
using KnowledgeGraph.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Serialize RDF as JSON-LD (JSON-LD 1.1 API §8.2.2): quads to expanded JSON-LD, with well-formed lists turned into
/// <c>@list</c>. Subjects and graphs come out sorted, so the same dataset always gives the same document.
/// </summary>
internal static class RdfToJsonLd
{
    private const string I18n = "https://www.w3.org/ns/i18n#";
    private const string RdfList = Vocab.Rdf.Namespace + "List";
    private const string RdfValue = Vocab.Rdf.Namespace + "value";
    private const string RdfLanguage = Vocab.Rdf.Namespace + "language";
    private const string RdfDirection = Vocab.Rdf.Namespace + "direction";

    private sealed class Node(string id, GraphState graph)
    {
        public string Id { get; } = id;
        public GraphState Graph { get; } = graph;
        public List<string> Types { get; } = new();
        public SortedDictionary<string, List<JObject>> Properties { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        public List<Usage> NilUsages { get; } = new();
        public bool HasOnlyId => Types.Count == 0 && Properties.Count == 0;
    }

    private sealed record Usage(Node Node, string Property, JObject Value);

    /// <summary>One graph's nodes; <see cref="ReferencedOnce"/> is shared by all graphs, as in the spec.</summary>
    private sealed class GraphState(Dictionary<string, Usage?> referencedOnce)
    {
        public SortedDictionary<string, Node> Nodes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Usage?> ReferencedOnce { get; } = referencedOnce;
        public HashSet<string> CompoundLiterals { get; } = new(StringComparer.Ordinal);

        public Node Get(string id)
        {
            if (!Nodes.TryGetValue(id, out var n)) Nodes[id] = n = new Node(id, this);
            return n;
        }
    }

    public static string Id(Term term) => term is BlankNode b ? "_:" + b.Label : ((NamedNode)term).Value;

    public static JArray Serialize(IEnumerable<Quad> quads, JsonLdOptions options, CancellationToken cancellationToken = default)
    {
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);
        var graphs = new SortedDictionary<string, GraphState>(StringComparer.Ordinal) { ["@default"] = new GraphState(referencedOnce) };
        var defaultGraph = graphs["@default"];
        foreach (var quad in quads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = quad.Graph is null ? "@default" : Id(quad.Graph);
            if (!graphs.TryGetValue(name, out var state)) graphs[name] = state = new GraphState(referencedOnce);
            if (name != "@default") defaultGraph.Get(name);
            var node = state.Get(Id(quad.Subject));
            var predicate = quad.Predicate.Value;
            if (options.RdfDirection == JsonLdRdfDirection.CompoundLiteral && predicate == RdfDirection)
                state.CompoundLiterals.Add(node.Id);
            if (!quad.Object.IsLiteral) state.Get(Id(quad.Object));
            if (predicate == Vocab.Rdf.Type.Value && !options.UseRdfType && !quad.Object.IsLiteral)
            {
                var type = Id(quad.Object);
                if (!node.Types.Contains(type)) node.Types.Add(type);
                continue;
            }
            var value = ToObject(quad.Object, options);
            if (!node.Seen.Add(predicate + "\u0000" + value.ToString(Formatting.None))) continue;
            if (!node.Properties.TryGetValue(predicate, out var values)) node.Properties[predicate] = values = new List<JObject>();
            values.Add(value);
            if (quad.Object.Equals(Vocab.Rdf.Nil)) state.Get(Vocab.Rdf.Nil.Value).NilUsages.Add(new Usage(node, predicate, value));
            else if (quad.Object is BlankNode)
            {
                var objectId = Id(quad.Object);
                state.ReferencedOnce[objectId] = state.ReferencedOnce.ContainsKey(objectId) ? null : new Usage(node, predicate, value);
            }
        }
        foreach (var state in graphs.Values)
        {
            FoldCompoundLiterals(state);
            FoldLists(state);
        }
        var result = new JArray();
        foreach (var (subject, node) in defaultGraph.Nodes)
        {
            var json = ToJson(node);
            if (subject != "@default" && graphs.TryGetValue(subject, out var named))
            {
                var graphArray = new JArray();
                foreach (var n in named.Nodes.Values)
                    if (!n.HasOnlyId) graphArray.Add(ToJson(n));
                json["@graph"] = graphArray;
            }
            if (json.Count > 1) result.Add(json);
        }
        return result;
    }

    private static JObject ToJson(Node node)
    {
        var o = new JObject(new JProperty("@id", node.Id));
        // Sorted, so that the output depends on the dataset only, not on the order the quads arrived in.
        if (node.Types.Count > 0) o["@type"] = new JArray(node.Types.Order(StringComparer.Ordinal));
        foreach (var (p, values) in node.Properties)
            o[p] = new JArray(values.OrderBy(v => v.ToString(Formatting.None), StringComparer.Ordinal));
        return o;
    }

    private static void FoldCompoundLiterals(GraphState state)
    {
        foreach (var id in state.CompoundLiterals)
        {
            if (!state.ReferencedOnce.TryGetValue(id, out var usage) || usage is null) continue;
            var literal = state.Nodes[id];
            state.Nodes.Remove(id);
            foreach (var reference in usage.Node.Properties[usage.Property])
            {
                if (reference["@id"]?.Str() != id) continue;
                reference.Remove("@id");
                reference["@value"] = literal.Properties.TryGetValue(RdfValue, out var v) ? v[0]["@value"] : null;
                if (literal.Properties.TryGetValue(RdfLanguage, out var l)) reference["@language"] = l[0]["@value"];
                if (literal.Properties.TryGetValue(RdfDirection, out var d)) reference["@direction"] = d[0]["@value"];
            }
        }
    }

    private static void FoldLists(GraphState state)
    {
        if (!state.Nodes.TryGetValue(Vocab.Rdf.Nil.Value, out var nil)) return;
        foreach (var usage in nil.NilUsages)
        {
            var node = usage.Node;
            var property = usage.Property;
            var head = usage.Value;
            var list = new List<JToken>();
            var listNodes = new List<string>();
            while (property == Vocab.Rdf.Rest.Value && IsListNode(state, node))
            {
                list.Add(node.Properties[Vocab.Rdf.First.Value][0]);
                listNodes.Add(node.Id);
                var nodeUsage = state.ReferencedOnce[node.Id]!;
                node = nodeUsage.Node;
                property = nodeUsage.Property;
                head = nodeUsage.Value;
                if (!Keywords.IsBlankNodeId(node.Id)) break;
            }
            head.Remove("@id");
            list.Reverse();
            head["@list"] = new JArray(list);
            foreach (var id in listNodes) state.Nodes.Remove(id);
        }
    }

    private static bool IsListNode(GraphState state, Node node)
    {
        if (!Keywords.IsBlankNodeId(node.Id)) return false;
        if (!state.ReferencedOnce.TryGetValue(node.Id, out var usage) || usage is null) return false;
        // Blank node labels are shared by every graph: a list node used from another graph must stay a node of its own
        // graph, or folding it would move its triples into the graph of the use.
        if (!ReferenceEquals(usage.Node.Graph, state)) return false;
        if (node.Properties.Count != 2) return false;
        if (!node.Properties.TryGetValue(Vocab.Rdf.First.Value, out var first) || first.Count != 1) return false;
        if (!node.Properties.TryGetValue(Vocab.Rdf.Rest.Value, out var rest) || rest.Count != 1) return false;
        return node.Types.Count == 0 || (node.Types.Count == 1 && node.Types[0] == RdfList);
    }

    /// <summary>RDF to Object Conversion (§8.2.3).</summary>
    private static JObject ToObject(Term term, JsonLdOptions options)
    {
        if (term is not Literal literal) return new JObject(new JProperty("@id", Id(term)));
        var result = new JObject();
        JToken converted = literal.LexicalForm;
        string? type = null;
        var datatype = literal.Datatype.Value;
        if (literal.Language is { } language)
        {
            result["@value"] = converted;
            result["@language"] = language;
            return result;
        }
        if (options.UseNativeTypes && datatype == Vocab.Xsd.StringIri) { }
        else if (options.UseNativeTypes && datatype == Vocab.Xsd.Boolean.Value)
        {
            if (literal.LexicalForm is "true" or "1") converted = true;
            else if (literal.LexicalForm is "false" or "0") converted = false;
            else type = datatype;
        }
        else if (options.UseNativeTypes && datatype == Vocab.Xsd.Integer.Value && IsIntegerLexical(literal.LexicalForm)
                 && long.TryParse(literal.LexicalForm, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            converted = l;
        else if (options.UseNativeTypes && datatype == Vocab.Xsd.Double.Value
                 && double.TryParse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            converted = d;
        else if (!options.IsJsonLd10 && datatype == Vocab.Rdf.Json.Value && !(options.KeepNonCanonicalJson && !IsCanonicalJson(literal.LexicalForm, options)))
        {
            try
            {
                converted = JsonText.Parse(literal.LexicalForm, options.MaxDepth, null);
            }
            catch (JsonLdException)
            {
                throw new JsonLdError(ErrorCodes.InvalidJsonLiteral, $"the rdf:JSON literal is not valid JSON: {literal.LexicalForm}", null);
            }
            type = "@json";
        }
        else if (options.RdfDirection == JsonLdRdfDirection.I18nDatatype && datatype.StartsWith(I18n, StringComparison.Ordinal))
        {
            var suffix = datatype[I18n.Length..];
            int underscore = suffix.IndexOf('_');
            var lang = underscore < 0 ? suffix : suffix[..underscore];
            if (lang.Length > 0) result["@language"] = lang;
            if (underscore >= 0 && underscore + 1 < suffix.Length) result["@direction"] = suffix[(underscore + 1)..];
        }
        else if (datatype != Vocab.Xsd.StringIri) type = datatype;
        result["@value"] = converted;
        if (type is not null) result["@type"] = type;
        return result;
    }

    private static bool IsCanonicalJson(string lexical, JsonLdOptions options)
    {
        try
        {
            return Jcs.Serialize(JsonText.Parse(lexical, options.MaxDepth, null)) == lexical;
        }
        catch (Exception e) when (e is JsonLdException or JsonLdError)
        {
            return false;
        }
    }

    private static bool IsIntegerLexical(string s)
    {
        int i = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
        if (i >= s.Length) return false;
        for (; i < s.Length; i++)
            if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }
}
