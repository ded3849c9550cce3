using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// The Expansion algorithm (JSON-LD 1.1 API §5.1.2). Recursion follows the JSON nesting, which the reader has already
/// bounded (<see cref="JsonLdOptions.MaxDepth"/>); <see cref="ProcessingSession.Enter"/> checks again before each step.
/// </summary>
internal sealed partial class Expander
{
    private readonly ProcessingSession _session;
    private readonly ContextProcessor _contexts;

    public Expander(ProcessingSession session)
    {
        _session = session;
        _contexts = new ContextProcessor(session);
    }

    public ContextProcessor Contexts => _contexts;

    /// <summary>Expands a whole document, returning the expanded array.</summary>
    public JArray ExpandDocument(ActiveContext active, JToken document, string? baseUrl)
    {
        var expanded = Expand(active, null, document, baseUrl, fromMap: false, depth: 0);
        if (expanded is JObject o && o.Count == 1 && o.TryGetValue("@graph", out var g)) expanded = g;
        return expanded switch
        {
            null => new JArray(),
            JArray a => a,
            _ => new JArray(expanded),
        };
    }

    private JToken? Expand(ActiveContext active, string? activeProperty, JToken element, string? baseUrl, bool fromMap, int depth)
    {
        _session.Enter(depth, element);
        if (element.IsNull()) return null;
        var propertyDef = active.Term(activeProperty);
        var propertyScoped = propertyDef?.Context;
        if (element is JArray array) return ExpandArray(active, activeProperty, array, baseUrl, fromMap, depth);
        if (element is not JObject map)
        {
            if (activeProperty is null or "@graph") return null;
            if (propertyScoped is not null) active = _contexts.Process(active, propertyScoped, propertyDef!.BaseUrl);
            return ExpandValue(active, activeProperty, element);
        }
        if (active.PreviousContext is not null && !fromMap && !RetainsContext(active, map))
            active = active.PreviousContext;
        if (propertyScoped is not null)
            active = _contexts.Process(active, propertyScoped, propertyDef!.BaseUrl, overrideProtected: true);
        if (map.TryGetValue("@context", out var local))
            active = _contexts.Process(active, local, baseUrl);
        var typeScoped = active;
        string? inputType = null;
        bool typeSeen = false;
        foreach (var p in map.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (_contexts.ExpandIri(active, p.Name, vocab: true) != "@type") continue;
            var types = p.Value is JArray ta ? ta.ToList() : new List<JToken> { p.Value };
            foreach (var t in types.Select(t => t.Str()).Where(t => t is not null).OrderBy(t => t, StringComparer.Ordinal))
                if (typeScoped.Term(t) is { Context: { } tc } td)
                    active = _contexts.Process(active, tc, td.BaseUrl, propagate: false);
            if (!typeSeen && types.Count > 0 && types[^1].Str() is { } last)
            {
                inputType = _contexts.ExpandIri(active, last, vocab: true);
            }
            typeSeen = true;
        }
        var result = new JObject();
        var frame = new ObjectFrame(map, result, activeProperty, typeScoped, inputType, baseUrl, depth);
        ExpandEntries(active, frame, map);
        return FinishObject(result, activeProperty, map);
    }

    /// <summary>Step 7: a value object or a lone reference keeps a non-propagated context; new node objects do not.</summary>
    private bool RetainsContext(ActiveContext active, JObject map)
    {
        bool single = map.Count == 1;
        foreach (var p in map.Properties())
        {
            var k = _contexts.ExpandIri(active, p.Name, vocab: true);
            if (k == "@value") return true;
            if (single && k == "@id") return true;
        }
        return false;
    }

    private JArray ExpandArray(ActiveContext active, string? activeProperty, JArray array, string? baseUrl, bool fromMap, int depth)
    {
        var result = new JArray();
        bool isList = active.Term(activeProperty)?.HasContainer("@list") == true;
        foreach (var item in array)
        {
            var expanded = Expand(active, activeProperty, item, baseUrl, fromMap, depth + 1);
            if (isList && expanded is JArray inner) expanded = new JObject(new JProperty("@list", inner));
            if (expanded is JArray a) MoveAll(a, result);
            else if (expanded is not null) result.Add(expanded);
        }
        return result;
    }

    private JToken? FinishObject(JObject result, string? activeProperty, JObject source)
    {
        if (result.TryGetValue("@value", out var value))
        {
            foreach (var p in result.Properties())
                if (p.Name is not ("@direction" or "@index" or "@language" or "@type" or "@value"))
                    JsonLdError.Throw(ErrorCodes.InvalidValueObject, $"a value object cannot have \"{p.Name}\"", source);
            if (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction")))
                JsonLdError.Throw(ErrorCodes.InvalidValueObject, "a value object cannot have both @type and @language or @direction", source);
            var type = result["@type"];
            if (type.Str() == "@json") { }
            else if (value.IsNull() || value is JArray { Count: 0 }) return null;
            else if (!value.IsString() && result.ContainsKey("@language"))
                JsonLdError.Throw(ErrorCodes.InvalidLanguageTaggedValue, "a value with @language must be a string", source);
            else if (type is not null && (type.Str() is not { } t || !Keywords.IsAbsoluteIri(t)))
                JsonLdError.Throw(ErrorCodes.InvalidTypedValue, "the @type of a value must be an IRI", source);
        }
        else if (result.TryGetValue("@type", out var types) && types is not JArray)
        {
            result["@type"] = new JArray(types);
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
                JsonLdError.Throw(ErrorCodes.InvalidSetOrListObject, "a @set or @list object can only have @index besides", source);
            if (result.TryGetValue("@set", out var set)) return set;
        }
        if (result.Count == 1 && result.ContainsKey("@language")) return null;
        if (activeProperty is null or "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list")) return null;
            if (result.Count == 1 && result.ContainsKey("@id")) return null;
        }
        return result;
    }

    /// <summary>Value Expansion (§5.3.2).</summary>
    private JToken ExpandValue(ActiveContext active, string activeProperty, JToken value)
    {
        var def = active.Term(activeProperty);
        if (def?.Type == "@id" && value.Str() is { } idRef)
            return new JObject(new JProperty("@id", _contexts.ExpandIri(active, idRef, documentRelative: true)));
        if (def?.Type == "@vocab" && value.Str() is { } vocabRef)
            return new JObject(new JProperty("@id", _contexts.ExpandIri(active, vocabRef, documentRelative: true, vocab: true)));
        var result = new JObject(new JProperty("@value", value));
        if (def?.Type is { } dt && dt is not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = dt;
        }
        else if (value.IsString())
        {
            var language = def is { HasLanguage: true } ? def.Language : active.DefaultLanguage;
            var direction = def is { HasDirection: true } ? def.Direction : active.DefaultDirection;
            if (language is not null) result["@language"] = language;
            if (direction is not null) result["@direction"] = direction;
        }
        return result;
    }

    /// <summary>The per-object state of steps 12–14.</summary>
    private sealed record ObjectFrame(JObject Element, JObject Result, string? ActiveProperty, ActiveContext TypeScoped,
        string? InputType, string? BaseUrl, int Depth);

    private static void Append(JObject target, string key, JToken value)
    {
        if (target[key] is not JArray existing)
        {
            existing = target[key] is { } single ? new JArray(single) : new JArray();
            target[key] = existing;
        }
        if (value is JArray a) MoveAll(a, existing);
        else existing.Add(value);
    }

    /// <summary>Moves the items without the deep copy Newtonsoft makes when adding a token that already has a parent.</summary>
    private static void MoveAll(JArray from, JArray to)
    {
        var items = from.ToList();
        from.Clear();
        foreach (var x in items) to.Add(x);
    }

    private static bool IsValueOrList(JToken t) => t is JObject o && (o.ContainsKey("@value") || o.ContainsKey("@list"));

    private static bool IsGraphObject(JToken t) =>
        t is JObject o && o.ContainsKey("@graph") && o.Properties().All(p => p.Name is "@graph" or "@id" or "@index" or "@context");
}
