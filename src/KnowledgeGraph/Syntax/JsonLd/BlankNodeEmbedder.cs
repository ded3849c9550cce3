using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Nests each blank node that is the object of exactly one triple (and appears nowhere else) inside the node that
/// refers to it, working on expanded JSON-LD. Walks with an explicit stack and caps the nesting depth, so chains of
/// blank nodes never turn into documents too deep to read back.
/// </summary>
internal static class BlankNodeEmbedder
{
    public const int MaxEmbeddingDepth = 64;

    private sealed class Info
    {
        public int References { get; set; }
        public HashSet<JArray> Graphs { get; } = new(ReferenceEqualityComparer.Instance);
        public JArray? ReferencedIn { get; set; }
        public JObject? Node { get; set; }
        public bool IsGraphName { get; set; }
    }

    /// <summary>Embeds in place. <paramref name="defaultGraph"/> is the array of top-level node objects.</summary>
    public static JArray Embed(JArray defaultGraph)
    {
        var info = new Dictionary<string, Info>(StringComparer.Ordinal);
        Info Get(string id)
        {
            if (!info.TryGetValue(id, out var i)) info[id] = i = new Info();
            return i;
        }
        var graphs = new List<JArray> { defaultGraph };
        foreach (var node in defaultGraph.OfType<JObject>())
            if (node["@graph"] is JArray g)
            {
                graphs.Add(g);
                if (node["@id"].Str() is { } gid && Keywords.IsBlankNodeId(gid)) Get(gid).IsGraphName = true;
            }
        foreach (var graph in graphs)
            foreach (var node in graph.OfType<JObject>())
            {
                if (node["@id"].Str() is { } id && Keywords.IsBlankNodeId(id))
                {
                    var i = Get(id);
                    i.Graphs.Add(graph);
                    i.Node = graph == defaultGraph || i.Node is null ? node : i.Node;
                }
                // A blank node used as a type must keep its label: count it as referenced more than once.
                if (node["@type"] is JArray types)
                    foreach (var t in types)
                        if (t.Str() is { } tid && Keywords.IsBlankNodeId(tid)) Get(tid).References += 2;
                foreach (var reference in References(node))
                {
                    var i = Get(reference["@id"].Str()!);
                    i.References++;
                    i.ReferencedIn = graph;
                }
            }
        bool Embeddable(string id, JArray graph) => info.TryGetValue(id, out var i) && i.References == 1 && !i.IsGraphName
            && i.ReferencedIn == graph && (i.Graphs.Count == 0 || (i.Graphs.Count == 1 && i.Graphs.Contains(graph)))
            && i.Node?["@graph"] is null;
        var results = new Dictionary<JArray, JArray>(ReferenceEqualityComparer.Instance);
        foreach (var graph in graphs)
        {
            var embedded = new HashSet<string>(StringComparer.Ordinal);
            var nodes = graph.OfType<JObject>().ToList();
            var roots = nodes.Where(n => !(n["@id"].Str() is { } id && Embeddable(id, graph))).ToList();
            var output = new List<JObject>();
            roots.Sort((a, b) => string.CompareOrdinal(a["@id"].Str(), b["@id"].Str()));
            var pending = new Queue<JObject>(roots);
            int next = 0;
            while (true)
            {
                while (pending.Count > 0)
                {
                    var root = pending.Dequeue();
                    output.Add(root);
                    Walk(root, graph, embedded, Embeddable, info, pending);
                }
                // Blank nodes left over only refer to each other in a cycle: promote the first to the top level.
                while (next < nodes.Count && (!(nodes[next]["@id"].Str() is { } nid) || !Embeddable(nid, graph) || embedded.Contains(nid))) next++;
                if (next >= nodes.Count) break;
                embedded.Add(nodes[next]["@id"].Str()!);
                pending.Enqueue(nodes[next]);
            }
            // A blank subject nothing refers to needs no label at all.
            foreach (var root in output)
                if (root["@id"].Str() is { } rid && Keywords.IsBlankNodeId(rid) && info.TryGetValue(rid, out var ri)
                    && ri.References == 0 && !ri.IsGraphName && ri.Graphs.Count <= 1 && root["@graph"] is null)
                    root.Remove("@id");
            results[graph] = new JArray(output);
        }
        foreach (var node in results[defaultGraph].OfType<JObject>())
            if (node["@graph"] is JArray g && results.TryGetValue(g, out var embeddedGraph)) node["@graph"] = embeddedGraph;
        return results[defaultGraph];
    }

    private static void Walk(JObject root, JArray graph, HashSet<string> embedded, Func<string, JArray, bool> embeddable,
        Dictionary<string, Info> info, Queue<JObject> pending)
    {
        var stack = new Stack<(JObject Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            foreach (var reference in References(node).ToList())
            {
                var id = reference["@id"].Str()!;
                if (!embeddable(id, graph) || embedded.Contains(id)) continue;
                var target = info[id].Node;
                embedded.Add(id);
                if (target is null)
                {
                    reference.Remove("@id");
                    continue;
                }
                if (depth + 1 >= MaxEmbeddingDepth)
                {
                    pending.Enqueue(target);
                    continue;
                }
                reference.Remove("@id");
                foreach (var p in target.Properties().Where(p => p.Name != "@id").ToList())
                {
                    p.Remove();
                    reference.Add(p);
                }
                stack.Push((reference, depth + 1));
            }
        }
    }

    /// <summary>The node references (objects whose only entry is a blank node <c>@id</c>) among a node's values, lists included.</summary>
    private static IEnumerable<JObject> References(JObject node)
    {
        var stack = new Stack<JToken>();
        foreach (var p in node.Properties())
            if (!Keywords.IsKeyword(p.Name)) stack.Push(p.Value);
        while (stack.Count > 0)
        {
            var t = stack.Pop();
            if (t is JArray a)
                foreach (var x in a) stack.Push(x);
            else if (t is JObject o)
            {
                if (o.Count == 1 && o["@id"].Str() is { } id && Keywords.IsBlankNodeId(id)) yield return o;
                else if (o["@list"] is JArray list) stack.Push(list);
            }
        }
    }
}
