using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

internal sealed partial class Expander
{
    /// <summary>Steps 13 and 14 of expansion: each entry of <paramref name="element"/>, then its nested properties.</summary>
    private void ExpandEntries(ActiveContext active, ObjectFrame frame, JObject element)
    {
        var result = frame.Result;
        var nests = new List<string>();
        foreach (var entry in element.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var key = entry.Name;
            var value = entry.Value;
            if (key == "@context") continue;
            var property = _contexts.ExpandIri(active, key, vocab: true);
            if (property is null || (!property.Contains(':') && !Keywords.IsKeyword(property))) continue;
            if (Keywords.IsKeyword(property))
            {
                ExpandKeyword(active, frame, key, property, value, nests);
                continue;
            }
            var def = active.Term(key);
            JToken? expanded;
            if (def?.Type == "@json")
                expanded = new JObject(new JProperty("@value", value), new JProperty("@type", "@json"));
            else if (def is not null && def.HasContainer("@language") && value is JObject languageMap)
                expanded = ExpandLanguageMap(active, def, languageMap);
            else if (def is not null && (def.HasContainer("@index") || def.HasContainer("@type") || def.HasContainer("@id")) && value is JObject indexMap)
                expanded = ExpandIndexMap(active, frame, key, def, indexMap);
            else
                expanded = Expand(active, key, value, frame.BaseUrl, fromMap: false, frame.Depth + 1);
            if (expanded is null) continue;
            if (def is not null && def.HasContainer("@list") && !(expanded is JObject lo && lo.ContainsKey("@list")))
                expanded = new JObject(new JProperty("@list", expanded.AsArray()));
            if (def is not null && def.HasContainer("@graph") && !def.HasContainer("@id") && !def.HasContainer("@index"))
            {
                var graphs = new JArray();
                foreach (var ev in expanded.AsArray().ToList()) graphs.Add(new JObject(new JProperty("@graph", ev.AsArray())));
                expanded = graphs;
            }
            if (def is { Reverse: true })
            {
                if (result["@reverse"] is not JObject reverseMap) result["@reverse"] = reverseMap = new JObject();
                foreach (var item in expanded.AsArray().ToList())
                {
                    if (IsValueOrList(item)) JsonLdError.Throw(ErrorCodes.InvalidReversePropertyValue, $"the reverse property \"{key}\" cannot have a value or a list", value);
                    Append(reverseMap, property, item);
                }
            }
            else Append(result, property, expanded);
        }
        foreach (var nestKey in nests.OrderBy(n => n, StringComparer.Ordinal))
        {
            foreach (var nested in element[nestKey]!.AsArray().ToList())
            {
                if (nested is not JObject nestedMap || nestedMap.Properties().Any(p => _contexts.ExpandIri(active, p.Name, vocab: true) == "@value"))
                {
                    JsonLdError.Throw(ErrorCodes.InvalidNest, "the value of a nesting property must be a node object", nested);
                    return;
                }
                _session.Enter(frame.Depth + 1, nested);
                var nestedActive = active;
                if (active.Term(nestKey) is { Context: { } nestContext } nestDef)
                    nestedActive = _contexts.Process(active, nestContext, nestDef.BaseUrl, overrideProtected: true);
                ExpandEntries(nestedActive, frame with { Depth = frame.Depth + 1 }, nestedMap);
            }
        }
    }

    private JArray ExpandLanguageMap(ActiveContext active, TermDefinition def, JObject languageMap)
    {
        var expanded = new JArray();
        var direction = def.HasDirection ? def.Direction : active.DefaultDirection;
        foreach (var lang in languageMap.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var item in lang.Value.AsArray())
            {
                if (item.IsNull()) continue;
                if (!item.IsString()) JsonLdError.Throw(ErrorCodes.InvalidLanguageMapValue, "the values of a language map must be strings", item);
                var v = new JObject(new JProperty("@value", item.Str()));
                if (lang.Name != "@none" && _contexts.ExpandIri(active, lang.Name, vocab: true) != "@none") v["@language"] = lang.Name;
                if (direction is not null) v["@direction"] = direction;
                expanded.Add(v);
            }
        }
        return expanded;
    }

    private JArray ExpandIndexMap(ActiveContext active, ObjectFrame frame, string key, TermDefinition def, JObject map)
    {
        var expanded = new JArray();
        var indexKey = def.Index ?? "@index";
        foreach (var entry in map.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var index = entry.Name;
            var mapContext = active;
            if (def.HasContainer("@id") || def.HasContainer("@type")) mapContext = active.PreviousContext ?? active;
            if (def.HasContainer("@type") && mapContext.Term(index) is { Context: { } ic } indexDef)
                mapContext = _contexts.Process(mapContext, ic, indexDef.BaseUrl);
            var expandedIndex = _contexts.ExpandIri(active, index, vocab: true);
            var items = Expand(mapContext, key, entry.Value.AsArray(), frame.BaseUrl, fromMap: true, frame.Depth + 1) as JArray ?? new JArray();
            foreach (var raw in items.ToList())
            {
                var item = raw;
                if (def.HasContainer("@graph") && !IsGraphObject(item))
                    item = new JObject(new JProperty("@graph", item.AsArray()));
                var itemMap = item as JObject;
                if (def.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    var reExpanded = ExpandValue(active, indexKey, new JValue(index));
                    var indexProperty = _contexts.ExpandIri(active, indexKey, vocab: true)!;
                    var values = new JArray(reExpanded);
                    if (itemMap![indexProperty] is { } existing)
                        foreach (var x in existing.AsArray().ToList()) values.Add(x);
                    itemMap[indexProperty] = values;
                    if (itemMap.ContainsKey("@value") && itemMap.Count > 1 && itemMap.Properties().Any(p => !Keywords.IsKeyword(p.Name)))
                        JsonLdError.Throw(ErrorCodes.InvalidValueObject, "a property-valued index cannot apply to a value", entry);
                }
                else if (def.HasContainer("@index") && itemMap is not null && !itemMap.ContainsKey("@index") && expandedIndex != "@none")
                    itemMap["@index"] = index;
                else if (def.HasContainer("@id") && itemMap is not null && !itemMap.ContainsKey("@id") && expandedIndex != "@none")
                    itemMap["@id"] = _contexts.ExpandIri(active, index, documentRelative: true);
                else if (def.HasContainer("@type") && itemMap is not null && expandedIndex is not null && expandedIndex != "@none")
                {
                    var types = new JArray(expandedIndex);
                    if (itemMap["@type"] is { } existing)
                        foreach (var x in existing.AsArray().ToList()) types.Add(x);
                    itemMap["@type"] = types;
                }
                expanded.Add(item);
            }
        }
        return expanded;
    }
}
