using System.Collections;

namespace KnowledgeGraph.Model;

/// <summary>
/// Prefix → namespace IRI mappings (as in Turtle's <c>@prefix</c>), kept in the order they were added.
/// Writers use it to abbreviate IRIs; the empty string is the default prefix (<c>:</c>).
/// </summary>
public sealed class PrefixMap : IEnumerable<KeyValuePair<string, string>>
{
    private readonly object _gate = new();
    private readonly List<KeyValuePair<string, string>> _entries = new();

    /// <summary>Number of mappings.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>Adds or replaces the mapping of <paramref name="prefix"/>.</summary>
    public void Add(string prefix, string namespaceIri)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(namespaceIri);
        lock (_gate)
        {
            int i = _entries.FindIndex(e => e.Key == prefix);
            if (i >= 0) _entries[i] = new(prefix, namespaceIri);
            else _entries.Add(new(prefix, namespaceIri));
        }
    }

    /// <summary>True when <paramref name="prefix"/> is mapped.</summary>
    public bool Contains(string prefix) => TryGetNamespace(prefix, out _);

    /// <summary>Removes a mapping; false when there was none.</summary>
    public bool Remove(string prefix)
    {
        lock (_gate) return _entries.RemoveAll(e => e.Key == prefix) > 0;
    }

    /// <summary>The namespace IRI of a prefix.</summary>
    public bool TryGetNamespace(string prefix, out string namespaceIri)
    {
        lock (_gate)
        {
            foreach (var e in _entries)
                if (e.Key == prefix)
                {
                    namespaceIri = e.Value;
                    return true;
                }
        }
        namespaceIri = "";
        return false;
    }

    /// <summary>
    /// Splits <paramref name="iri"/> into the prefix with the longest matching namespace and the rest. The caller
    /// checks that the rest is a valid local name in its syntax.
    /// </summary>
    public bool TryCompact(string iri, out string prefix, out string localName)
    {
        prefix = "";
        localName = "";
        int best = -1;
        lock (_gate)
        {
            foreach (var e in _entries)
                if (e.Value.Length > best && iri.StartsWith(e.Value, StringComparison.Ordinal))
                {
                    best = e.Value.Length;
                    prefix = e.Key;
                }
        }
        if (best < 0) return false;
        localName = iri[best..];
        return true;
    }

    /// <summary>Copies the mappings, in order.</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        lock (_gate) return _entries.ToList().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
