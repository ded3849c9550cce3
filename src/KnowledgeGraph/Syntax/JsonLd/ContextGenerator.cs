using KnowledgeGraph.Model;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Builds a readable <c>@context</c> from the expanded (and embedded) form the writer is about to compact: the
/// prefixes the data uses (the empty prefix becomes <c>@vocab</c>), <c>@type</c> coercion for properties whose values
/// all share a datatype or are all nodes, <c>@container: @language</c> for properties that carry several languages on
/// one node, and <c>@container: @list</c> for properties whose values are single lists.
/// </summary>
internal static class ContextGenerator
{
    private sealed class PropertyStats
    {
        public HashSet<string> Datatypes { get; } = new(StringComparer.Ordinal);
        public HashSet<string> ItemDatatypes { get; } = new(StringComparer.Ordinal);
        public bool Plain { get; set; }
        public bool Nodes { get; set; }
        public bool Lists { get; set; }
        public bool ItemsPlainOrOther { get; set; }
        public bool ItemNodes { get; set; }
        public bool LangStrings { get; set; }
        public bool Other { get; set; }
        public bool SeveralLanguagesOnANode { get; set; }
        public bool LanguageRepeatsOnANode { get; set; }
        public bool SeveralListsOnANode { get; set; }
    }

    public static JObject Generate(JArray nodes, PrefixMap? prefixes)
    {
        var stats = new SortedDictionary<string, PropertyStats>(StringComparer.Ordinal);
        var iris = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<JObject>(nodes.OfType<JObject>());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node["@id"].Str() is { } id) iris.Add(id);
            if (node["@type"] is JArray types) foreach (var t in types) iris.Add(t.Str()!);
            if (node["@graph"] is JArray graph) foreach (var n in graph.OfType<JObject>()) stack.Push(n);
            foreach (var p in node.Properties())
            {
                if (Keywords.IsKeyword(p.Name)) continue;
                iris.Add(p.Name);
                if (!stats.TryGetValue(p.Name, out var st)) stats[p.Name] = st = new PropertyStats();
                var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                int lists = 0;
                foreach (var value in p.Value.OfType<JObject>())
                {
                    if (value["@list"] is JArray list)
                    {
                        st.Lists = true;
                        lists++;
                        foreach (var item in list.OfType<JObject>()) Classify(item, st, iris, stack, inList: true);
                        continue;
                    }
                    if (value["@language"].Str() is { } lang && !value.ContainsKey("@direction"))
                    {
                        st.LangStrings = true;
                        if (!languages.Add(lang)) st.LanguageRepeatsOnANode = true;
                        if (languages.Count > 1) st.SeveralLanguagesOnANode = true;
                        continue;
                    }
                    Classify(value, st, iris, stack, inList: false);
                }
                if (lists > 1) st.SeveralListsOnANode = true;
            }
        }
        var schemes = new HashSet<string>(iris.Where(i => i.Contains(':')).Select(i => i[..i.IndexOf(':')]), StringComparer.Ordinal);
        var context = new JObject();
        var used = new List<KeyValuePair<string, string>>();
        if (prefixes is not null)
            foreach (var (prefix, ns) in prefixes.OrderBy(p => p.Key, StringComparer.Ordinal))
                // A prefix named like a scheme the data uses (ex:thing) would change what that IRI means when read back.
                if (Keywords.IsAbsoluteIri(ns) && !schemes.Contains(prefix) && (prefix.Length == 0 || IsTermName(prefix))
                    && iris.Any(i => i.Length > ns.Length && i.StartsWith(ns, StringComparison.Ordinal)))
                    used.Add(new(prefix, ns));
        bool needsXsd = stats.Values.Any(s => s.Datatypes.Concat(s.ItemDatatypes).Any(d => d.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal)));
        if (needsXsd && !used.Any(p => p.Value == Vocab.Xsd.Namespace || p.Key == "xsd") && !schemes.Contains("xsd"))
            used.Add(new("xsd", Vocab.Xsd.Namespace));
        foreach (var (_, ns) in used.Where(p => p.Key.Length == 0)) context["@vocab"] = ns;
        foreach (var (prefix, ns) in used.Where(p => p.Key.Length > 0))
            context[prefix] = Keywords.EndsWithGenDelim(ns) ? ns : new JObject(new JProperty("@id", ns), new JProperty("@prefix", true));
        AddTerms(context, stats);
        return context;
    }

    private static void Classify(JObject value, PropertyStats st, HashSet<string> iris, Stack<JObject> stack, bool inList)
    {
        if (!value.ContainsKey("@value") && !value.ContainsKey("@list"))
        {
            if (inList) st.ItemNodes = true;
            else st.Nodes = true;
            if (value.Count > 1 || value["@id"] is null) stack.Push(value);
            else if (value["@id"].Str() is { } rid) iris.Add(rid);
            return;
        }
        var type = value["@type"].Str();
        if (type is not null && Compactor.NativeValue(value["@value"]!, type) is not null)
        {
            // Written as a JSON number or boolean: needs no coercion, and rules out coercion to another datatype.
            if (inList) st.ItemsPlainOrOther = true;
            else st.Other = true;
            return;
        }
        if (type is not null && type != "@json" && !value.ContainsKey("@language") && !value.ContainsKey("@direction"))
        {
            iris.Add(type);
            (inList ? st.ItemDatatypes : st.Datatypes).Add(type);
        }
        else if (inList) st.ItemsPlainOrOther = true;
        else if (type is null && !value.ContainsKey("@language") && !value.ContainsKey("@direction")) st.Plain = true;
        else st.Other = true;
    }

    private static void AddTerms(JObject context, SortedDictionary<string, PropertyStats> stats)
    {
        var provisional = Process(context);
        if (provisional is null) return;
        var (active, processor) = provisional.Value;
        var compactor = new Compactor(active, processor);
        foreach (var (property, st) in stats)
        {
            var definition = new JObject();
            bool literalsOnly = !st.Nodes && !st.Lists && !st.LangStrings && !st.Plain && !st.Other;
            bool nodesOnly = st.Nodes && !st.Lists && !st.LangStrings && !st.Plain && !st.Other && st.Datatypes.Count == 0;
            if (literalsOnly && st.Datatypes.Count == 1)
                definition["@type"] = compactor.CompactVocab(st.Datatypes.First());
            else if (nodesOnly)
                definition["@type"] = "@id";
            else if (st.LangStrings && st.SeveralLanguagesOnANode && !st.LanguageRepeatsOnANode && !st.Nodes && !st.Lists && !st.Plain && !st.Other && st.Datatypes.Count == 0)
                definition["@container"] = "@language";
            else if (st.Lists && !st.SeveralListsOnANode && !st.Nodes && !st.LangStrings && !st.Plain && !st.Other && st.Datatypes.Count == 0)
            {
                definition["@container"] = "@list";
                if (!st.ItemsPlainOrOther && !st.ItemNodes && st.ItemDatatypes.Count == 1)
                    definition["@type"] = compactor.CompactVocab(st.ItemDatatypes.First());
                else if (!st.ItemsPlainOrOther && st.ItemNodes && st.ItemDatatypes.Count == 0)
                    definition["@type"] = "@id";
            }
            if (definition.Count == 0) continue;
            var name = compactor.CompactVocab(property);
            if (context.ContainsKey(name) || Keywords.IsKeyword(name) || name.StartsWith("_:", StringComparison.Ordinal)) continue;
            if (name == property && !name.Contains(':')) continue;
            if (!name.Contains(':') && !name.Contains('/') && context["@vocab"] is null) definition["@id"] = property;
            context[name] = definition;
        }
    }

    private static (ActiveContext, ContextProcessor)? Process(JObject context)
    {
        var options = new JsonLdOptions();
        var processor = new ContextProcessor(new ProcessingSession(options, CancellationToken.None));
        try
        {
            return (processor.Process(new ActiveContext(null, options), context, null), processor);
        }
        catch (JsonLdError)
        {
            return null;
        }
    }

    private static bool IsTermName(string s) =>
        char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
