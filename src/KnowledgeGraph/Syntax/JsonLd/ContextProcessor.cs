using KnowledgeGraph.Model;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>The Context Processing algorithm (JSON-LD 1.1 API §4.1.2) and IRI expansion (§5.2).</summary>
internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> s_contextOnlyKeys = new(StringComparer.Ordinal)
    {
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    };

    private readonly ProcessingSession _session;

    public ContextProcessor(ProcessingSession session) => _session = session;

    public ActiveContext Process(ActiveContext active, JToken? local, string? baseUrl, List<string>? remoteContexts = null,
        bool overrideProtected = false, bool propagate = true, bool validateScoped = true)
    {
        remoteContexts ??= new List<string>();
        _session.CancellationToken.ThrowIfCancellationRequested();
        var result = active.Clone();
        if (local is JObject lo && lo.TryGetValue("@propagate", out var prop))
        {
            if (prop.Type != JTokenType.Boolean) JsonLdError.Throw(ErrorCodes.InvalidPropagate, "@propagate must be true or false", prop);
            propagate = (bool)prop;
        }
        if (!propagate && result.PreviousContext is null) result.PreviousContext = active;
        var contexts = local is JArray arr ? (IEnumerable<JToken>)arr : new[] { local ?? JValue.CreateNull() };
        foreach (var context in contexts)
        {
            if (context.IsNull())
            {
                if (!overrideProtected && result.HasProtectedTerms)
                    JsonLdError.Throw(ErrorCodes.InvalidContextNullification, "a context with protected terms cannot be set to null", context);
                var previous = result;
                result = new ActiveContext(active.OriginalBase, active.Options) { OriginalBase = active.OriginalBase };
                if (!propagate) result.PreviousContext = previous;
                continue;
            }
            if (context.IsString())
            {
                result = ProcessRemote(result, context, baseUrl, remoteContexts, validateScoped);
                continue;
            }
            if (context is not JObject map)
            {
                JsonLdError.Throw(ErrorCodes.InvalidLocalContext, "a context must be an object, a string or null", context);
                return result;
            }
            result = ProcessMap(result, map, baseUrl, remoteContexts, overrideProtected, validateScoped);
        }
        return result;
    }

    private ActiveContext ProcessRemote(ActiveContext result, JToken context, string? baseUrl, List<string> remoteContexts, bool validateScoped)
    {
        var reference = context.Str()!;
        string iri;
        if (Keywords.IsAbsoluteIri(reference)) iri = reference;
        else if (baseUrl is not null && IriResolver.TryResolve(baseUrl, reference, out var resolved)) iri = resolved!;
        else
        {
            JsonLdError.Throw(ErrorCodes.LoadingRemoteContextFailed, $"the context reference <{reference}> is relative and there is no base IRI", context);
            return result;
        }
        if (!validateScoped && remoteContexts.Contains(iri)) return result;
        if (remoteContexts.Count >= _session.Options.MaxContextNesting)
            JsonLdError.Throw(ErrorCodes.ContextOverflow, $"more than {_session.Options.MaxContextNesting} remote contexts are nested (is <{iri}> recursive?)", context);
        if (remoteContexts.Contains(iri))
            JsonLdError.Throw(ErrorCodes.ContextOverflow, $"the remote context <{iri}> includes itself", context);
        var document = _session.LoadRemote(iri, context);
        if (document is not JObject docMap || !docMap.TryGetValue("@context", out var loaded))
        {
            JsonLdError.Throw(ErrorCodes.InvalidRemoteContext, $"the remote document <{iri}> has no top-level @context", context);
            return result;
        }
        var nested = new List<string>(remoteContexts) { iri };
        return Process(result, loaded, iri, nested, validateScoped: validateScoped);
    }

    private ActiveContext ProcessMap(ActiveContext result, JObject context, string? baseUrl, List<string> remoteContexts, bool overrideProtected, bool validateScoped)
    {
        bool v10 = result.IsJsonLd10;
        if (context.TryGetValue("@version", out var version))
        {
            if (version.Type != JTokenType.Float || (double)version != 1.1)
                JsonLdError.Throw(ErrorCodes.InvalidVersion, "@version must be the number 1.1", version);
            if (v10) JsonLdError.Throw(ErrorCodes.ProcessingModeConflict, "@version 1.1 conflicts with processing mode json-ld-1.0", version);
        }
        if (context.TryGetValue("@import", out var import))
            context = MergeImport(context, import, baseUrl, v10);
        if (context.TryGetValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            if (baseValue.IsNull()) result.BaseIri = null;
            else if (baseValue.Str() is { } b && Keywords.IsAbsoluteIri(b)) result.BaseIri = b;
            else if (baseValue.Str() is { } rel && result.BaseIri is not null && IriResolver.TryResolve(result.BaseIri, rel, out var r)) result.BaseIri = r;
            else JsonLdError.Throw(ErrorCodes.InvalidBaseIri, "@base must be an absolute IRI, or a relative one when a base is known", baseValue);
        }
        if (context.TryGetValue("@vocab", out var vocab))
        {
            if (vocab.IsNull()) result.Vocab = null;
            else if (vocab.Str() is { } v && (Keywords.IsAbsoluteIri(v) || Keywords.IsBlankNodeId(v) || !v10))
            {
                result.Vocab = ExpandIri(result, v, documentRelative: true, vocab: true);
                if (!Keywords.IsAbsoluteIri(result.Vocab) && !Keywords.IsBlankNodeId(result.Vocab) && !(result.Vocab == "" && result.BaseIri is null))
                    JsonLdError.Throw(ErrorCodes.InvalidVocabMapping, "@vocab must expand to an IRI or a blank node identifier", vocab);
            }
            else JsonLdError.Throw(ErrorCodes.InvalidVocabMapping, "@vocab must be an IRI, a blank node identifier or null", vocab);
        }
        if (context.TryGetValue("@language", out var language))
        {
            if (language.IsNull()) result.DefaultLanguage = null;
            else if (language.Str() is { } l) result.DefaultLanguage = l;
            else JsonLdError.Throw(ErrorCodes.InvalidDefaultLanguage, "@language must be a string or null", language);
        }
        if (context.TryGetValue("@direction", out var direction))
        {
            if (v10) JsonLdError.Throw(ErrorCodes.InvalidContextEntry, "@direction is not allowed in JSON-LD 1.0", direction);
            if (direction.IsNull()) result.DefaultDirection = null;
            else if (direction.Str() is "ltr" or "rtl") result.DefaultDirection = direction.Str();
            else JsonLdError.Throw(ErrorCodes.InvalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null", direction);
        }
        if (context.TryGetValue("@propagate", out var propagate) && v10)
            JsonLdError.Throw(ErrorCodes.InvalidContextEntry, "@propagate is not allowed in JSON-LD 1.0", propagate);
        bool defaultProtected = false;
        if (context.TryGetValue("@protected", out var prot))
        {
            if (prot.Type != JTokenType.Boolean) JsonLdError.Throw(ErrorCodes.InvalidProtected, "@protected must be true or false", prot);
            defaultProtected = (bool)prot;
        }
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        var state = new TermState(context, defined, baseUrl, defaultProtected, overrideProtected, remoteContexts, validateScoped);
        foreach (var property in context.Properties())
        {
            if (s_contextOnlyKeys.Contains(property.Name)) continue;
            CreateTermDefinition(result, state, property.Name);
        }
        return result;
    }

    private JObject MergeImport(JObject context, JToken import, string? baseUrl, bool v10)
    {
        if (v10) JsonLdError.Throw(ErrorCodes.InvalidContextEntry, "@import is not allowed in JSON-LD 1.0", import);
        if (import.Str() is not { } reference)
        {
            JsonLdError.Throw(ErrorCodes.InvalidImport, "@import must be a string", import);
            return context;
        }
        string iri = Keywords.IsAbsoluteIri(reference) ? reference
            : baseUrl is not null && IriResolver.TryResolve(baseUrl, reference, out var r) ? r!
            : throw new JsonLdError(ErrorCodes.InvalidImport, $"@import <{reference}> is relative and there is no base IRI", import);
        var document = _session.LoadRemote(iri, import);
        if (document is not JObject doc || doc["@context"] is not JObject imported)
        {
            JsonLdError.Throw(ErrorCodes.InvalidRemoteContext, $"the imported document <{iri}> has no @context object", import);
            return context;
        }
        if (imported.ContainsKey("@import"))
            JsonLdError.Throw(ErrorCodes.InvalidContextEntry, "an imported context cannot itself contain @import", import);
        var merged = (JObject)imported.DeepClone();
        foreach (var p in context.Properties())
            if (p.Name != "@import") merged[p.Name] = p.Value;
        return merged;
    }

    /// <summary>IRI Expansion (§5.2.2) against an active context, optionally defining terms of a local context on demand.</summary>
    public string? ExpandIri(ActiveContext active, string? value, bool documentRelative = false, bool vocab = false, TermState? local = null)
    {
        if (value is null || Keywords.IsKeyword(value)) return value;
        if (Keywords.LooksLikeKeyword(value)) return null;
        if (local is not null && local.Context.ContainsKey(value) && (!local.Defined.TryGetValue(value, out var done) || !done))
            CreateTermDefinition(active, local, value);
        if (active.Terms.TryGetValue(value, out var def))
        {
            if (def?.Iri is { } k && Keywords.IsKeyword(k)) return k;
            if (vocab) return def?.Iri;
        }
        int colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal)) return value;
            if (local is not null && local.Context.ContainsKey(prefix) && (!local.Defined.TryGetValue(prefix, out var pd) || !pd))
                CreateTermDefinition(active, local, prefix);
            if (active.Term(prefix) is { Iri: not null, Prefix: true } p) return p.Iri + suffix;
            if (Keywords.IsAbsoluteIri(value)) return value;
        }
        if (vocab && active.Vocab is not null) return active.Vocab + value;
        if (documentRelative)
        {
            if (active.BaseIri is null) return value;
            return IriResolver.TryResolve(active.BaseIri, value, out var resolved) ? resolved : value;
        }
        return value;
    }
}
