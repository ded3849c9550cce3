using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Syntax.JsonLd;

internal sealed partial class Compactor
{
    /// <summary>The key for all values of <paramref name="property"/>: the term that writes most of them as bare
    /// strings, among those that can hold every one of them.</summary>
    private string ChooseKey(string property, List<JObject> values)
    {
        string? best = ImplicitKey(property);
        int bestScore = best is null ? -1 : Score(_context.Term(best), values);
        if (_termsByIri.TryGetValue(property, out var terms))
            foreach (var term in terms)
            {
                var def = _context.Term(term)!;
                if (!Usable(def, values)) continue;
                int score = Score(def, values);
                if (score > bestScore || (score == bestScore && (best is null || term.Length < best.Length))) (best, bestScore) = (term, score);
            }
        return best ?? throw new JsonLdError(ErrorCodes.InvalidIriMapping, $"the context gives no way to write the property <{property}>", null);
    }

    private static bool Usable(TermDefinition def, List<JObject> values)
    {
        if (def.Reverse || def.Context is not null || def.Nest is not null || def.Index is not null || def.Type == "@json") return false;
        foreach (var c in def.Container)
            if (c is not ("@set" or "@list" or "@language")) return false;
        if (def.HasContainer("@list")) return values.Count == 1 && values[0].ContainsKey("@list");
        if (def.HasContainer("@language"))
            return values.All(v => v["@language"].Str() is not null && !v.ContainsKey("@direction") && !v.ContainsKey("@type"))
                && values.Select(v => v["@language"].Str()!.ToLowerInvariant()).Distinct().Count() == values.Count;
        return true;
    }

    /// <summary>How many values the term writes without a wrapping object; ties go to the shorter, earlier term.</summary>
    private int Score(TermDefinition? def, List<JObject> values)
    {
        if (def is not null && (def.HasContainer("@language") || def.HasContainer("@list"))) return values.Count + 1;
        int score = 0;
        foreach (var v in values)
        {
            // Embedded nodes and lists are objects under any key; only references and literals can become strings.
            if (!v.ContainsKey("@value") && !(v.Count == 1 && v.ContainsKey("@id"))) continue;
            var c = CompactValue(def, v, 0);
            if (c is JValue) score++;
        }
        return score;
    }

    /// <summary>A key for <paramref name="iri"/> that carries no coercion: a plain term, a vocabulary-relative name, a
    /// compact IRI or the IRI itself, whichever is shortest and expands back to <paramref name="iri"/>.</summary>
    private string? ImplicitKey(string iri)
    {
        foreach (var candidate in Candidates(iri))
        {
            var def = _context.Term(candidate);
            if (def is not null && (def.Iri != iri || def.Type is not null || def.Container.Count > 0 || def.HasLanguage
                                    || def.HasDirection || def.Reverse || def.Context is not null || def.Nest is not null)) continue;
            if (_processor.ExpandIri(_context, candidate, vocab: true) == iri) return candidate;
        }
        return null;
    }

    /// <summary>An IRI used as a type or datatype (vocabulary-relative).</summary>
    public string CompactVocab(string iri)
    {
        if (_termsByIri.TryGetValue(iri, out var terms))
            foreach (var t in terms)
                if (_processor.ExpandIri(_context, t, vocab: true) == iri) return t;
        foreach (var candidate in Candidates(iri))
            if (_processor.ExpandIri(_context, candidate, vocab: true) == iri) return candidate;
        return iri;
    }

    /// <summary>An IRI used as a node identifier (document-relative): a compact IRI when one fits, else the IRI.</summary>
    public string CompactId(string iri)
    {
        if (Keywords.IsBlankNodeId(iri)) return iri;
        foreach (var candidate in PrefixCandidates(iri))
            if (_context.Term(candidate) is null && _processor.ExpandIri(_context, candidate, documentRelative: true) == iri) return candidate;
        return iri;
    }

    private IEnumerable<string> Candidates(string iri)
    {
        if (_context.Vocab is { Length: > 0 } vocab && iri.Length > vocab.Length && iri.StartsWith(vocab, StringComparison.Ordinal))
        {
            var suffix = iri[vocab.Length..];
            if (!suffix.Contains(':') && suffix[0] != '@' && !suffix.StartsWith("_", StringComparison.Ordinal)) yield return suffix;
        }
        foreach (var c in PrefixCandidates(iri)) yield return c;
        yield return iri;
    }

    private IEnumerable<string> PrefixCandidates(string iri) =>
        _prefixes.Matches(iri).Where(p => iri.Length > p.Length)
            .Select(p => p.Prefix + ":" + iri[p.Length..])
            .Where(c => !c[(c.IndexOf(':') + 1)..].StartsWith("//", StringComparison.Ordinal))
            .OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal);
}
