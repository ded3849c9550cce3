using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>One node of a node map: its types and its property values, deduplicated with a hash set so that huge
/// arrays stay linear rather than quadratic.</summary>
internal sealed class NodeMapNode
{
    public NodeMapNode(string id) => Id = id;

    public string Id { get; }

    public List<string> Types { get; } = new();

    public SortedDictionary<string, NodeValues> Properties { get; } = new(StringComparer.Ordinal);

    public NodeValues Values(string property)
    {
        if (!Properties.TryGetValue(property, out var values)) Properties[property] = values = new NodeValues();
        return values;
    }
}

/// <summary>The values of one property, in insertion order, without duplicates (lists are never merged).</summary>
internal sealed class NodeValues
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public List<JToken> Items { get; } = new();

    public void AddUnique(JToken value)
    {
        if (_seen.Add(value.ToString(Formatting.None))) Items.Add(value);
    }

    public void Add(JToken value) => Items.Add(value);
}

/// <summary>Node Map Generation (JSON-LD 1.1 API §7.2.2): flattens expanded JSON-LD into graphs of nodes.</summary>
internal sealed class NodeMap
{
    private readonly ProcessingSession _session;
    private readonly Func<string> _newBlankNode;
    private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);

    public NodeMap(ProcessingSession session, Func<string> newBlankNode)
    {
        _session = session;
        _newBlankNode = newBlankNode;
    }

    /// <summary>Graph name (<c>@default</c> for the default graph) → subject → node.</summary>
    public SortedDictionary<string, SortedDictionary<string, NodeMapNode>> Graphs { get; } = new(StringComparer.Ordinal);

    private string Issue(string? id)
    {
        if (id is null) return _newBlankNode();
        if (!_issued.TryGetValue(id, out var label)) _issued[id] = label = _newBlankNode();
        return label;
    }

    private string Relabel(string id) => Keywords.IsBlankNodeId(id) ? Issue(id) : id;

    private SortedDictionary<string, NodeMapNode> Graph(string name)
    {
        if (!Graphs.TryGetValue(name, out var g)) Graphs[name] = g = new SortedDictionary<string, NodeMapNode>(StringComparer.Ordinal);
        return g;
    }

    private NodeMapNode Node(string graph, string id)
    {
        var g = Graph(graph);
        if (!g.TryGetValue(id, out var node)) g[id] = node = new NodeMapNode(id);
        return node;
    }

    public void Add(JToken element, int depth = 0) => Generate(element, "@default", null, null, null, null, depth);

    private void Generate(JToken element, string activeGraph, string? activeSubject, JObject? reverseSubject, string? activeProperty, JArray? list, int depth)
    {
        _session.Enter(depth, element);
        if (element is JArray array)
        {
            foreach (var item in array) Generate(item, activeGraph, activeSubject, reverseSubject, activeProperty, list, depth + 1);
            return;
        }
        if (element is not JObject map) return;
        Graph(activeGraph);
        if (map.TryGetValue("@value", out _))
        {
            if (list is not null) list.Add(map);
            else if (activeSubject is not null && activeProperty is not null) Node(activeGraph, activeSubject).Values(activeProperty).AddUnique(map);
            return;
        }
        if (map.TryGetValue("@list", out var members))
        {
            var result = new JArray();
            Generate(members, activeGraph, activeSubject, reverseSubject, activeProperty, result, depth + 1);
            var listObject = new JObject(new JProperty("@list", result));
            if (list is not null) list.Add(listObject);
            else if (activeSubject is not null && activeProperty is not null) Node(activeGraph, activeSubject).Values(activeProperty).Add(listObject);
            return;
        }
        if (map.TryGetValue("@id", out var rawId) && rawId.IsNull()) return;
        var id = rawId.Str() is { } given ? Relabel(given) : Issue(null);
        var node = Node(activeGraph, id);
        if (reverseSubject is not null && activeProperty is not null)
        {
            node.Values(activeProperty).AddUnique(reverseSubject);
        }
        else if (activeProperty is not null)
        {
            var reference = new JObject(new JProperty("@id", id));
            if (list is not null) list.Add(reference);
            else if (activeSubject is not null) Node(activeGraph, activeSubject).Values(activeProperty).AddUnique(reference);
        }
        if (map["@type"] is { } types)
            foreach (var t in types.AsArray())
                if (t.Str() is { } type)
                {
                    var label = Relabel(type);
                    if (!node.Types.Contains(label)) node.Types.Add(label);
                }
        if (map["@reverse"] is JObject reverse)
        {
            var referenced = new JObject(new JProperty("@id", id));
            foreach (var p in reverse.Properties())
                foreach (var value in p.Value.AsArray())
                    Generate(value, activeGraph, null, referenced, p.Name, null, depth + 1);
        }
        if (map["@graph"] is { } graph) Generate(graph, id, null, null, null, null, depth + 1);
        if (map["@included"] is { } included) Generate(included, activeGraph, null, null, null, null, depth + 1);
        foreach (var p in map.Properties())
        {
            if (Keywords.IsKeyword(p.Name)) continue;
            var property = Relabel(p.Name);
            node.Values(property);
            Generate(p.Value, activeGraph, id, null, property, null, depth + 1);
        }
    }
}
