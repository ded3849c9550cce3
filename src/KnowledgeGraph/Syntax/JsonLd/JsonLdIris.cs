using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Shortens IRIs for <see cref="JsonLdStreamWriter"/>: the context holds the prefix map's prefixes that JSON-LD 1.1
/// reads back as prefixes (a term-like name and a namespace ending in a gen-delim character), and an IRI becomes
/// <c>prefix:local</c> unless the local part starts with <c>//</c> or the prefix is hidden for the node being
/// written. A node that holds an IRI whose scheme is a prefix's name hides that prefix (see
/// <see cref="HiddenPrefixes"/>).
/// </summary>
internal sealed class JsonLdIris
{
    private readonly NamespaceIndex _index;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public JsonLdIris(PrefixMap? prefixes)
    {
        Prefixes = (prefixes ?? new PrefixMap())
            .Where(p => p.Key.Length > 0 && IsTermName(p.Key) && Keywords.IsAbsoluteIri(p.Value) && Keywords.EndsWithGenDelim(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var p in Prefixes) _names.Add(p.Key);
        _index = new NamespaceIndex(Prefixes);
    }

    /// <summary>The prefixes the <c>@context</c> defines, by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; }

    /// <summary>Prefixes undefined by the enclosing named graph's own local context, or null.</summary>
    public IReadOnlyCollection<string>? GraphHidden { get; set; }

    /// <summary>A node's <c>@id</c> (or an <c>@id</c> value): <c>_:label</c> for a blank node, else the IRI shortened.</summary>
    public string Id(Term term, IReadOnlyCollection<string>? hidden) => term switch
    {
        BlankNode b => "_:" + b.Label,
        NamedNode n => Compact(n.Value, hidden),
        _ => throw new RdfWriteException("JSON-LD", $"JSON-LD cannot write {term} as a node."),
    };

    /// <summary>A <c>@type</c> value (a class or a datatype).</summary>
    public string Vocab(Term term, IReadOnlyCollection<string>? hidden) => Id(term, hidden);

    /// <summary>A property key; cached, since a graph has few predicates.</summary>
    public string Key(string iri, IReadOnlyCollection<string>? hidden)
    {
        if (hidden is not null || GraphHidden is not null) return Compact(iri, hidden);
        if (!_keys.TryGetValue(iri, out var key))
        {
            if (_keys.Count > 4096) _keys.Clear();
            _keys[iri] = key = Compact(iri, null);
        }
        return key;
    }

    /// <summary>
    /// The prefixes to undefine in this node's local context: those named like the scheme of an IRI the node holds
    /// where the rest does not start with <c>//</c> (<c>urn:x</c> with a prefix <c>urn</c>); null in the common case.
    /// </summary>
    public IReadOnlyCollection<string>? HiddenPrefixes(Term subject, List<Quad>? quads)
    {
        if (_names.Count == 0) return null;
        List<string>? hidden = null;
        Check(subject, ref hidden);
        if (quads is not null)
            foreach (var q in quads)
            {
                Check(q.Predicate, ref hidden);
                Check(q.Object, ref hidden);
            }
        return hidden;
    }

    private void Check(Term term, ref List<string>? hidden)
    {
        var iri = term switch { NamedNode n => n.Value, Literal l when l.Language is null => l.Datatype.Value, _ => null };
        if (iri is null) return;
        int colon = iri.IndexOf(':');
        if (colon <= 0 || iri.AsSpan(colon + 1).StartsWith("//")) return;
        var scheme = iri[..colon];
        if (!_names.Contains(scheme)) return;
        hidden ??= new List<string>();
        if (!hidden.Contains(scheme)) hidden.Add(scheme);
    }

    private string Compact(string iri, IReadOnlyCollection<string>? hidden)
    {
        foreach (var (prefix, length) in _index.Matches(iri))
        {
            if (length == iri.Length || iri.AsSpan(length).StartsWith("//")) continue;
            if ((hidden is not null && hidden.Contains(prefix)) || (GraphHidden is not null && GraphHidden.Contains(prefix))) continue;
            return string.Concat(prefix, ":", iri.AsSpan(length));
        }
        return iri;
    }

    private static bool IsTermName(string s) =>
        char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
