using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

internal sealed partial class Expander
{
    /// <summary>Step 13.4: an entry whose key expands to a keyword.</summary>
    private void ExpandKeyword(ActiveContext active, ObjectFrame frame, string key, string property, JToken value, List<string> nests)
    {
        var result = frame.Result;
        if (frame.ActiveProperty == "@reverse")
            JsonLdError.Throw(ErrorCodes.InvalidReversePropertyMap, $"a reverse property map cannot contain the keyword {property}", value.Parent);
        if (result.ContainsKey(property) && property is not ("@included" or "@type") && !active.IsJsonLd10)
            JsonLdError.Throw(ErrorCodes.CollidingKeywords, $"two entries expand to {property}", value.Parent);
        if (result.ContainsKey(property) && active.IsJsonLd10 && property is not "@type")
            JsonLdError.Throw(ErrorCodes.CollidingKeywords, $"two entries expand to {property}", value.Parent);
        JToken? expanded = null;
        switch (property)
        {
            case "@id":
                if (value.Str() is not { } id)
                {
                    JsonLdError.Throw(ErrorCodes.InvalidId, "@id must be a string", value);
                    return;
                }
                // An @id that looks like a keyword expands to null; the node keeps a null @id and is dropped later.
                result["@id"] = _contexts.ExpandIri(active, id, documentRelative: true);
                return;
            case "@type":
                if (!(value.IsString() || (value is JArray ta && ta.All(t => t.IsString()))))
                    JsonLdError.Throw(ErrorCodes.InvalidTypeValue, "@type must be a string or an array of strings", value);
                var types = new JArray();
                foreach (var t in value.AsArray())
                    if (_contexts.ExpandIri(frame.TypeScoped, t.Str(), documentRelative: true, vocab: true) is { } et) types.Add(et);
                expanded = value is JArray ? types : types.Count == 1 ? types[0] : types;
                if (result["@type"] is { } previous)
                {
                    var merged = previous.AsArray();
                    foreach (var x in types.ToList()) merged.Add(x);
                    expanded = merged;
                }
                break;
            case "@graph":
                expanded = (Expand(active, "@graph", value, frame.BaseUrl, fromMap: false, frame.Depth + 1) ?? new JArray()).AsArray();
                break;
            case "@included":
                if (active.IsJsonLd10) return;
                var included = (Expand(active, "@included", value, frame.BaseUrl, fromMap: false, frame.Depth + 1) ?? new JArray()).AsArray();
                foreach (var item in included)
                    if (item is not JObject io || io.ContainsKey("@value") || io.ContainsKey("@list") || io.ContainsKey("@set"))
                        JsonLdError.Throw(ErrorCodes.InvalidIncluded, "@included values must be node objects", value);
                if (result["@included"] is JArray existingIncluded)
                {
                    foreach (var x in included.ToList()) existingIncluded.Add(x);
                    return;
                }
                expanded = included;
                break;
            case "@value":
                if (frame.InputType == "@json")
                {
                    if (active.IsJsonLd10) JsonLdError.Throw(ErrorCodes.InvalidValueObjectValue, "JSON literals need JSON-LD 1.1", value);
                    expanded = value;
                }
                else if (!value.IsNull() && !value.IsScalar())
                    JsonLdError.Throw(ErrorCodes.InvalidValueObjectValue, "@value must be a string, number, boolean or null", value);
                else expanded = value;
                result["@value"] = expanded;
                return;
            case "@language":
                if (!value.IsString()) JsonLdError.Throw(ErrorCodes.InvalidLanguageTaggedString, "@language must be a string", value);
                expanded = value;
                break;
            case "@direction":
                if (active.IsJsonLd10) return;
                if (value.Str() is not ("ltr" or "rtl")) JsonLdError.Throw(ErrorCodes.InvalidBaseDirection, "@direction must be \"ltr\" or \"rtl\"", value);
                expanded = value;
                break;
            case "@index":
                if (!value.IsString()) JsonLdError.Throw(ErrorCodes.InvalidIndex, "@index must be a string", value);
                expanded = value;
                break;
            case "@list":
                if (frame.ActiveProperty is null or "@graph") return;
                expanded = (Expand(active, frame.ActiveProperty, value, frame.BaseUrl, fromMap: false, frame.Depth + 1) ?? new JArray()).AsArray();
                break;
            case "@set":
                expanded = Expand(active, frame.ActiveProperty, value, frame.BaseUrl, fromMap: false, frame.Depth + 1);
                break;
            case "@reverse":
                ExpandReverse(active, frame, value);
                return;
            case "@nest":
                nests.Add(key);
                return;
            default:
                return;
        }
        if (expanded is not null) result[property] = expanded;
    }

    private void ExpandReverse(ActiveContext active, ObjectFrame frame, JToken value)
    {
        if (value is not JObject)
        {
            JsonLdError.Throw(ErrorCodes.InvalidReverse, "@reverse must be an object", value);
            return;
        }
        var expanded = Expand(active, "@reverse", value, frame.BaseUrl, fromMap: false, frame.Depth + 1) as JObject;
        if (expanded is null) return;
        var result = frame.Result;
        if (expanded["@reverse"] is JObject doubleReverse)
            foreach (var p in doubleReverse.Properties().ToList())
                Append(result, p.Name, p.Value);
        var forward = expanded.Properties().Where(p => p.Name != "@reverse").ToList();
        if (forward.Count == 0) return;
        if (result["@reverse"] is not JObject reverseMap) result["@reverse"] = reverseMap = new JObject();
        foreach (var p in forward)
            foreach (var item in p.Value.AsArray().ToList())
            {
                if (IsValueOrList(item)) JsonLdError.Throw(ErrorCodes.InvalidReversePropertyValue, "a reverse property cannot have a value or a list", value);
                Append(reverseMap, p.Name, item);
            }
    }
}
