using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>The state of one local context being processed, shared by the term definitions it creates.</summary>
internal sealed record TermState(JObject Context, Dictionary<string, bool> Defined, string? BaseUrl, bool DefaultProtected,
    bool OverrideProtected, List<string> RemoteContexts, bool ValidateScoped);

internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> s_termKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private static readonly HashSet<string> s_containerKeywords = new(StringComparer.Ordinal)
    {
        "@graph", "@id", "@index", "@language", "@list", "@set", "@type",
    };

    /// <summary>Create Term Definition (§4.2.2).</summary>
    private void CreateTermDefinition(ActiveContext active, TermState state, string term)
    {
        if (state.Defined.TryGetValue(term, out var done))
        {
            if (done) return;
            JsonLdError.Throw(ErrorCodes.CyclicIriMapping, $"the term \"{term}\" is defined in terms of itself", state.Context.Property(term));
        }
        var at = (JToken?)state.Context.Property(term) ?? state.Context;
        if (term.Length == 0) JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "a term cannot be the empty string", at);
        state.Defined[term] = false;
        var value = state.Context[term]!;
        bool v10 = active.IsJsonLd10;
        if (term == "@type" && !v10 && value is JObject tm && tm.Count > 0
            && tm.Properties().All(p => (p.Name == "@container" && p.Value.Str() == "@set") || p.Name == "@protected"))
        {
            // 1.1 lets @type be given a @set container and protection; nothing else about a keyword may change.
        }
        else if (Keywords.IsKeyword(term))
        {
            JsonLdError.Throw(ErrorCodes.KeywordRedefinition, $"the keyword {term} cannot be redefined", at);
        }
        else if (Keywords.LooksLikeKeyword(term))
        {
            state.Defined[term] = true;
            return;
        }
        active.Terms.TryGetValue(term, out var previous);
        active.Terms.Remove(term);
        active.InverseCache = null;
        bool simpleTerm = false;
        JObject map;
        if (value.IsNull()) map = new JObject(new JProperty("@id", JValue.CreateNull()));
        else if (value.IsString())
        {
            map = new JObject(new JProperty("@id", value));
            simpleTerm = true;
        }
        else if (value is JObject o) map = o;
        else
        {
            JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, $"the definition of \"{term}\" must be a string, an object or null", at);
            return;
        }
        var def = new TermDefinition();
        if (map.TryGetValue("@protected", out var prot))
        {
            if (v10) JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "@protected is not allowed in JSON-LD 1.0", prot);
            if (prot.Type != JTokenType.Boolean) JsonLdError.Throw(ErrorCodes.InvalidProtected, "@protected must be true or false", prot);
            def.Protected = (bool)prot;
        }
        else def.Protected = state.DefaultProtected;
        if (map.TryGetValue("@type", out var type))
        {
            if (type.Str() is not { } t) JsonLdError.Throw(ErrorCodes.InvalidTypeMapping, "@type in a term definition must be a string", type);
            var expanded = ExpandIri(active, type.Str(), vocab: true, local: state);
            if ((expanded is "@json" or "@none") && v10) JsonLdError.Throw(ErrorCodes.InvalidTypeMapping, $"{expanded} is not a JSON-LD 1.0 type", type);
            if (expanded is not ("@id" or "@json" or "@none" or "@vocab") && !Keywords.IsAbsoluteIri(expanded))
                JsonLdError.Throw(ErrorCodes.InvalidTypeMapping, $"the type mapping of \"{term}\" must be @id, @vocab, @json, @none or an IRI", type);
            def.Type = expanded;
        }
        if (map.TryGetValue("@reverse", out var reverse))
        {
            DefineReverse(active, state, term, map, def, reverse);
            return;
        }
        if (map.TryGetValue("@id", out var id) && id.Str() != term)
        {
            if (id.IsNull()) def.Iri = null;
            else
            {
                if (id.Str() is not { } idStr)
                {
                    JsonLdError.Throw(ErrorCodes.InvalidIriMapping, $"the @id of \"{term}\" must be a string", id);
                    return;
                }
                if (!Keywords.IsKeyword(idStr) && Keywords.LooksLikeKeyword(idStr))
                {
                    state.Defined[term] = true;
                    return;
                }
                def.Iri = ExpandIri(active, idStr, vocab: true, local: state);
                if (!Keywords.IsKeyword(def.Iri) && !Keywords.IsAbsoluteIri(def.Iri) && !Keywords.IsBlankNodeId(def.Iri))
                    JsonLdError.Throw(ErrorCodes.InvalidIriMapping, $"the @id of \"{term}\" does not expand to an IRI, a blank node identifier or a keyword", id);
                if (def.Iri == "@context") JsonLdError.Throw(ErrorCodes.InvalidKeywordAlias, "@context cannot be aliased", id);
                int colon = term.IndexOf(':', Math.Min(1, term.Length));
                if ((colon > 0 && colon < term.Length - 1) || term.Contains('/'))
                {
                    state.Defined[term] = true;
                    var self = ExpandIri(active, term, vocab: true, local: state);
                    if (self != def.Iri)
                        JsonLdError.Throw(ErrorCodes.InvalidIriMapping, $"the term \"{term}\" looks like an IRI but its @id maps it elsewhere", id);
                }
                if (!term.Contains(':') && !term.Contains('/') && simpleTerm
                    && (Keywords.EndsWithGenDelim(def.Iri!) || Keywords.IsBlankNodeId(def.Iri)))
                    def.Prefix = true;
            }
        }
        else if (term.IndexOf(':', Math.Min(1, term.Length)) > 0)
        {
            int colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            if (state.Context.ContainsKey(prefix)) CreateTermDefinition(active, state, prefix);
            if (active.Term(prefix) is { Iri: not null } p) def.Iri = p.Iri + term[(colon + 1)..];
            else def.Iri = term;
        }
        else if (term.Contains('/'))
        {
            def.Iri = ExpandIri(active, term, vocab: true);
            if (!Keywords.IsAbsoluteIri(def.Iri)) JsonLdError.Throw(ErrorCodes.InvalidIriMapping, $"the term \"{term}\" is not an IRI", at);
        }
        else if (term == "@type") def.Iri = "@type";
        else if (active.Vocab is not null) def.Iri = active.Vocab + term;
        else JsonLdError.Throw(ErrorCodes.InvalidIriMapping, $"the term \"{term}\" has no @id and there is no @vocab", at);

        if (map.TryGetValue("@container", out var container)) def.Container = ParseContainer(container, v10, def);
        if (map.TryGetValue("@index", out var index))
        {
            if (v10 || !def.HasContainer("@index"))
                JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "@index needs an @index container and JSON-LD 1.1", index);
            var expandedIndex = index.Str() is { } ix ? ExpandIri(active, ix, vocab: true, local: state) : null;
            if (expandedIndex is null || !Keywords.IsAbsoluteIri(expandedIndex))
                JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "@index must be a string that expands to an IRI", index);
            def.Index = index.Str();
        }
        if (map.TryGetValue("@context", out var scoped))
        {
            if (v10) JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "scoped contexts are not allowed in JSON-LD 1.0", scoped);
            try
            {
                Process(active, scoped, state.BaseUrl, new List<string>(state.RemoteContexts), overrideProtected: true, validateScoped: false);
            }
            catch (JsonLdError e) when (e.Code != ErrorCodes.ContextOverflow)
            {
                throw new JsonLdError(ErrorCodes.InvalidScopedContext, $"the scoped context of \"{term}\" is invalid: {e.Message}", scoped);
            }
            def.Context = scoped;
            def.BaseUrl = state.BaseUrl;
        }
        if (map.TryGetValue("@language", out var lang) && !map.ContainsKey("@type"))
        {
            if (!lang.IsNull() && !lang.IsString()) JsonLdError.Throw(ErrorCodes.InvalidLanguageMapping, "@language must be a string or null", lang);
            def.HasLanguage = true;
            def.Language = lang.Str();
        }
        if (map.TryGetValue("@direction", out var dir) && !map.ContainsKey("@type"))
        {
            if (!dir.IsNull() && dir.Str() is not ("ltr" or "rtl")) JsonLdError.Throw(ErrorCodes.InvalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null", dir);
            def.HasDirection = true;
            def.Direction = dir.Str();
        }
        if (map.TryGetValue("@nest", out var nest))
        {
            if (v10) JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "@nest is not allowed in JSON-LD 1.0", nest);
            if (nest.Str() is not { } n || (Keywords.IsKeyword(n) && n != "@nest"))
                JsonLdError.Throw(ErrorCodes.InvalidNest, "@nest must be a term or @nest", nest);
            def.Nest = nest.Str();
        }
        if (map.TryGetValue("@prefix", out var pre))
        {
            if (v10 || term.Contains(':') || term.Contains('/'))
                JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "@prefix is only allowed on simple terms in JSON-LD 1.1", pre);
            if (pre.Type != JTokenType.Boolean) JsonLdError.Throw(ErrorCodes.InvalidPrefix, "@prefix must be true or false", pre);
            def.Prefix = (bool)pre;
            if (def.Prefix && Keywords.IsKeyword(def.Iri))
                JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, "a keyword alias cannot be a prefix", pre);
        }
        foreach (var p in map.Properties())
            if (!s_termKeys.Contains(p.Name))
                JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, $"\"{p.Name}\" is not allowed in a term definition", p);
        Finish(active, state, term, def, previous, at);
    }

    private void DefineReverse(ActiveContext active, TermState state, string term, JObject map, TermDefinition def, JToken reverse)
    {
        if (map.ContainsKey("@id") || map.ContainsKey("@nest"))
            JsonLdError.Throw(ErrorCodes.InvalidReverseProperty, "a reverse term cannot have @id or @nest", reverse);
        if (reverse.Str() is not { } r)
        {
            JsonLdError.Throw(ErrorCodes.InvalidIriMapping, "@reverse must be a string", reverse);
            return;
        }
        if (Keywords.LooksLikeKeyword(r))
        {
            state.Defined[term] = true;
            return;
        }
        def.Iri = ExpandIri(active, r, vocab: true, local: state);
        if (!Keywords.IsAbsoluteIri(def.Iri) && !Keywords.IsBlankNodeId(def.Iri))
            JsonLdError.Throw(ErrorCodes.InvalidIriMapping, $"@reverse of \"{term}\" does not expand to an IRI", reverse);
        if (map.TryGetValue("@container", out var container))
        {
            if (!container.IsNull() && container.Str() is not ("@set" or "@index"))
                JsonLdError.Throw(ErrorCodes.InvalidReverseProperty, "a reverse term's container must be @set, @index or null", container);
            if (container.Str() is { } c) def.Container.Add(c);
        }
        def.Reverse = true;
        foreach (var p in map.Properties())
            if (!s_termKeys.Contains(p.Name))
                JsonLdError.Throw(ErrorCodes.InvalidTermDefinition, $"\"{p.Name}\" is not allowed in a term definition", p);
        active.Terms.TryGetValue(term, out var previous);
        Finish(active, state, term, def, previous, reverse);
    }

    private static void Finish(ActiveContext active, TermState state, string term, TermDefinition def, TermDefinition? previous, JToken at)
    {
        if (!state.OverrideProtected && previous is { Protected: true })
        {
            if (!def.SameAs(previous))
                JsonLdError.Throw(ErrorCodes.ProtectedTermRedefinition, $"the protected term \"{term}\" cannot be redefined", at);
            def = previous;
        }
        active.Terms[term] = def;
        state.Defined[term] = true;
    }

    private static HashSet<string> ParseContainer(JToken container, bool v10, TermDefinition def)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var items = container is JArray a ? a.ToList() : new List<JToken> { container };
        if (v10 && (container is JArray || container.Str() is "@graph" or "@id" or "@type"))
            JsonLdError.Throw(ErrorCodes.InvalidContainerMapping, "this container is not allowed in JSON-LD 1.0", container);
        foreach (var item in items)
        {
            if (item.Str() is not { } k || !s_containerKeywords.Contains(k))
            {
                JsonLdError.Throw(ErrorCodes.InvalidContainerMapping, "@container must be @list, @set, @index, @language, @id, @type, @graph or a valid combination", container);
                return set;
            }
            set.Add(k);
        }
        bool valid = set.Count == 1
            || (set.Count == 2 && set.Contains("@set") && !set.Contains("@list"))
            || (set.Contains("@graph") && !set.Contains("@list") && set.All(k => k is "@graph" or "@id" or "@index" or "@set")
                && !(set.Contains("@id") && set.Contains("@index")));
        if (!valid || set.Count == 0)
            JsonLdError.Throw(ErrorCodes.InvalidContainerMapping, "this combination of containers is not allowed", container);
        if (set.Contains("@type"))
        {
            def.Type ??= "@id";
            if (def.Type is not ("@id" or "@vocab"))
                JsonLdError.Throw(ErrorCodes.InvalidTypeMapping, "a @type container needs a type mapping of @id or @vocab", container);
        }
        return set;
    }
}
