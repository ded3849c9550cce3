namespace KnowledgeGraph.Model;

/// <summary>
/// Finds the namespaces an IRI starts with, longest first, without scanning every namespace: namespaces are grouped
/// by length and hashed, so one IRI costs at most one lookup per distinct namespace length (never more than the
/// IRI's length), however many prefixes there are. Used to abbreviate IRIs in writers.
/// </summary>
internal sealed class NamespaceIndex
{
    private readonly int[] _lengths;
    private readonly Dictionary<(int Length, int Hash), List<KeyValuePair<string, string>>> _byHash = new();

    /// <summary>Indexes <paramref name="prefixes"/> (prefix → namespace); among prefixes of the same namespace
    /// length, <see cref="Matches"/> yields them in the order given.</summary>
    public NamespaceIndex(IEnumerable<KeyValuePair<string, string>> prefixes)
    {
        var lengths = new HashSet<int>();
        foreach (var (prefix, ns) in prefixes)
        {
            var key = (ns.Length, string.GetHashCode(ns.AsSpan(), StringComparison.Ordinal));
            if (!_byHash.TryGetValue(key, out var list)) _byHash[key] = list = new List<KeyValuePair<string, string>>(1);
            list.Add(new(prefix, ns));
            lengths.Add(ns.Length);
        }
        _lengths = lengths.OrderDescending().ToArray();
    }

    /// <summary>The prefixes whose namespace starts <paramref name="iri"/>, longest namespace first.</summary>
    public IEnumerable<(string Prefix, int Length)> Matches(string iri)
    {
        foreach (int l in _lengths)
        {
            if (l > iri.Length) continue;
            if (!_byHash.TryGetValue((l, string.GetHashCode(iri.AsSpan(0, l), StringComparison.Ordinal)), out var list)) continue;
            foreach (var (prefix, ns) in list)
                if (iri.AsSpan(0, l).SequenceEqual(ns)) yield return (prefix, l);
        }
    }
}
