using KnowledgeGraph.Model;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Compacts the writer's expanded JSON-LD against an active context. It is a conservative form of the JSON-LD 1.1
/// compaction algorithm: it only uses terms whose meaning it fully models (type and language coercion, <c>@list</c>,
/// <c>@set</c> and <c>@language</c> containers) and checks every key and IRI it writes by expanding it again, so the
/// output always reads back to the same dataset.
/// </summary>
internal sealed partial class Compactor
{
    private readonly ActiveContext _context;
    private readonly ContextProcessor _processor;
    private readonly Dictionary<string, List<string>> _termsByIri = new(StringComparer.Ordinal);
    private readonly NamespaceIndex _prefixes;

    public Compactor(ActiveContext context, ContextProcessor processor)
    {
        _context = context;
        _processor = processor;
        var prefixes = new List<KeyValuePair<string, string>>();
        foreach (var (term, def) in context.Terms.OrderBy(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            if (def?.Iri is not { } iri || Keywords.IsKeyword(iri)) continue;
            if (!_termsByIri.TryGetValue(iri, out var list)) _termsByIri[iri] = list = new List<string>();
            list.Add(term);
            if (def.Prefix && !term.Contains(':')) prefixes.Add(new(term, iri));
        }
        _prefixes = new NamespaceIndex(prefixes);
    }

    /// <summary>
    /// Deepest JSON nesting written, in levels: half the reader's default limit, so that what this writer writes
    /// its own reader (and the compaction's own recursion) always accepts. Each node and each list costs two levels
    /// (an object and an array).
    /// </summary>
    private const int MaxWrittenDepth = JsonLdOptions.DefaultMaxDepth / 2;

    public JObject CompactNode(JObject node, int depth)
    {
        CheckDepth(depth);
        var output = new JObject();
        if (node["@id"].Str() is { } id) output["@id"] = CompactId(id);
        if (node["@type"] is JArray types)
        {
            var compacted = types.Select(t => (JToken)CompactVocab(t.Str()!)).ToList();
            output["@type"] = compacted.Count == 1 ? compacted[0] : new JArray(compacted);
        }
        var properties = new List<(string Key, JToken Value)>();
        foreach (var p in node.Properties())
        {
            if (Keywords.IsKeyword(p.Name)) continue;
            var values = p.Value.AsArray().OfType<JObject>().ToList();
            if (values.Count == 0) continue;
            var key = ChooseKey(p.Name, values);
            properties.Add((key, CompactValues(key, values, depth)));
        }
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal)) output[key] = value;
        if (node["@graph"] is JArray graph)
            output["@graph"] = new JArray(graph.OfType<JObject>().Select(n => CompactNode(n, depth + 1)));
        return output;
    }

    private JToken CompactValues(string key, List<JObject> values, int depth)
    {
        var def = _context.Term(key);
        if (def is not null && def.HasContainer("@language"))
        {
            var map = new JObject();
            foreach (var v in values.OrderBy(v => v["@language"].Str()!.ToLowerInvariant(), StringComparer.Ordinal))
            {
                var lang = v["@language"].Str()!;
                var existing = map.Properties().FirstOrDefault(p => string.Equals(p.Name, lang, StringComparison.OrdinalIgnoreCase));
                if (existing is null) map[lang] = v["@value"]!.DeepClone();
                else existing.Value = new JArray(existing.Value.AsArray().Concat(new[] { v["@value"]!.DeepClone() }));
            }
            return map;
        }
        if (def is not null && def.HasContainer("@list"))
            return new JArray(values[0]["@list"]!.Select(item => CompactValue(def, (JObject)item, depth + 1)));
        var compacted = values.Select(v => CompactValue(def, v, depth + 1)).ToList();
        if (compacted.Count == 1 && !(def?.HasContainer("@set") ?? false)) return compacted[0];
        return new JArray(compacted);
    }

    /// <summary>A JSON number or boolean that reads back as exactly this literal (canonical xsd:integer and
    /// xsd:boolean forms only), or null.</summary>
    internal static JToken? NativeValue(JToken literal, string type)
    {
        if (literal.Str() is not { } s) return null;
        if (type == Model.Vocab.Xsd.Boolean.Value) return s switch { "true" => new JValue(true), "false" => new JValue(false), _ => null };
        if (type != Model.Vocab.Xsd.Integer.Value || s.Length is 0 or > 18) return null;
        int start = s[0] == '-' ? 1 : 0;
        if (start == s.Length || (s[start] == '0' && s.Length > start + 1) || (s == "-0")) return null;
        for (int i = start; i < s.Length; i++)
            if (!char.IsAsciiDigit(s[i])) return null;
        return new JValue(long.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxWrittenDepth)
            throw new Syntax.RdfWriteException("JSON-LD",
                $"JSON-LD cannot write the data: its nodes or collections nest more than {MaxWrittenDepth} levels deep, past what JSON-LD readers accept; write Turtle, TriG or N-Quads instead.");
    }

    private JToken CompactValue(TermDefinition? def, JObject value, int depth)
    {
        if (value["@list"] is JArray list)
        {
            CheckDepth(depth);
            return new JObject(new JProperty("@list", new JArray(list.Select(item => CompactValue(def, (JObject)item, depth + 2)))));
        }
        if (!value.ContainsKey("@value"))
        {
            if (value.Count == 1 && value["@id"].Str() is { } id)
            {
                if (def?.Type == "@id") return CompactId(id);
                if (def?.Type == "@vocab" && CompactVocab(id) is var v && _processor.ExpandIri(_context, v, documentRelative: true, vocab: true) == id) return v;
                return new JObject(new JProperty("@id", CompactId(id)));
            }
            return CompactNode(value, depth + 1);
        }
        var literal = value["@value"]!;
        var type = value["@type"].Str();
        var language = value["@language"].Str();
        bool hasDirection = value.ContainsKey("@direction");
        if (type is not null)
        {
            if (NativeValue(literal, type) is { } native && def?.Type is null or "@id" or "@vocab" || def?.Type == type && NativeValue(literal, type) is not null)
                return NativeValue(literal, type)!;
            if (def?.Type == type && type != "@json") return literal.DeepClone();
            var typed = new JObject(new JProperty("@value", literal.DeepClone()));
            typed["@type"] = type == "@json" ? "@json" : CompactVocab(type);
            return typed;
        }
        var effectiveLanguage = def is { HasLanguage: true } ? def.Language : _context.DefaultLanguage;
        var effectiveDirection = def is { HasDirection: true } ? def.Direction : _context.DefaultDirection;
        bool plainAllowed = def?.Type is null or "@none" && effectiveDirection is null && !hasDirection;
        if (language is null && plainAllowed && effectiveLanguage is null) return literal.DeepClone();
        if (language is not null && plainAllowed && string.Equals(language, effectiveLanguage, StringComparison.OrdinalIgnoreCase))
            return literal.DeepClone();
        var explicitValue = new JObject(new JProperty("@value", literal.DeepClone()));
        if (language is not null) explicitValue["@language"] = language;
        if (hasDirection) explicitValue["@direction"] = value["@direction"]!.DeepClone();
        return explicitValue;
    }
}
