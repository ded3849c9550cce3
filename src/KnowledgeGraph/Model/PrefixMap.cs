using System.Collections;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model;

/// <summary>
/// Prefix → namespace IRI mappings (as in Turtle's <c>@prefix</c>), kept in the order they were added.
/// Writers use it to abbreviate IRIs; the empty string is the default prefix (<c>:</c>).
/// </summary>
/// <remarks>Thread safety: safe for concurrent use; every member takes an internal lock, and enumeration works on a copy.</remarks>
public sealed class PrefixMap : IEnumerable<KeyValuePair<string, string>>
{
    private readonly object _gate = new();
    private readonly List<KeyValuePair<string, string>> _entries = new();
    private readonly Dictionary<string, int> _indexOf = new(StringComparer.Ordinal);

    // Namespaces by length and hash, built on the first compaction after a change, so compacting costs at most one
    // lookup per distinct namespace length rather than a scan of every prefix (20,000 prefixes made writers quadratic).
    private NamespaceIndex? _index;

    /// <summary>Changes with every added, replaced or removed mapping, so a query parsed with this map can tell it is
    /// still current (read without the lock: a stale read only costs one more parse).</summary>
    internal int Version { get; private set; }

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
            if (_indexOf.TryGetValue(prefix, out int i)) _entries[i] = new(prefix, namespaceIri);
            else
            {
                _indexOf[prefix] = _entries.Count;
                _entries.Add(new(prefix, namespaceIri));
            }
            _index = null;
            Version++;
        }
    }

    /// <summary>True when <paramref name="prefix"/> is mapped.</summary>
    public bool Contains(string prefix) => TryGetNamespace(prefix, out _);

    /// <summary>Removes a mapping; false when there was none.</summary>
    public bool Remove(string prefix)
    {
        lock (_gate)
        {
            if (_entries.RemoveAll(e => e.Key == prefix) == 0) return false;
            _indexOf.Clear();
            for (int i = 0; i < _entries.Count; i++) _indexOf[_entries[i].Key] = i;
            _index = null;
            Version++;
            return true;
        }
    }

    /// <summary>The namespace IRI of a prefix.</summary>
    public bool TryGetNamespace(string prefix, out string namespaceIri)
    {
        lock (_gate)
        {
            if (prefix is not null && _indexOf.TryGetValue(prefix, out int i))
            {
                namespaceIri = _entries[i].Value;
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
            _index ??= new NamespaceIndex(_entries);
            foreach (var (found, length) in _index.Matches(iri))
            {
                (best, prefix) = (length, found);
                break;
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
