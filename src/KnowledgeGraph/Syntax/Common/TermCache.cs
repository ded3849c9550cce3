using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>
/// A direct-mapped cache from IRI text to <see cref="NamedNode"/>, so the predicates, types and subjects that
/// repeat through a document are allocated once instead of once per occurrence. A miss simply replaces the slot,
/// so memory stays bounded whatever the input.
/// </summary>
internal sealed class TermCache
{
    private const int Slots = 1 << 14;
    private readonly NamedNode?[] _iris = new NamedNode?[Slots];

    /// <summary>The IRI term whose value is <paramref name="iri"/>, reused when it was seen recently.</summary>
    public NamedNode Iri(ReadOnlySpan<char> iri)
    {
        int slot = Hash(iri) & (Slots - 1);
        var cached = _iris[slot];
        if (cached is not null && iri.SequenceEqual(cached.Value)) return cached;
        var node = NamedNode.CreateUnchecked(new string(iri));
        _iris[slot] = node;
        return node;
    }

    /// <summary>The IRI term of an existing string.</summary>
    public NamedNode Iri(string iri)
    {
        int slot = Hash(iri) & (Slots - 1);
        var cached = _iris[slot];
        if (cached is not null && string.Equals(cached.Value, iri, StringComparison.Ordinal)) return cached;
        var node = NamedNode.CreateUnchecked(iri);
        _iris[slot] = node;
        return node;
    }

    /// <summary>A cheap hash: IRIs sharing a long namespace differ at the end, so mix the length, the last
    /// characters and a stride through the rest.</summary>
    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = (uint)s.Length * 2654435761u;
        int n = s.Length;
        int tail = Math.Min(n, 16);
        for (int i = n - tail; i < n; i++) h = (h ^ s[i]) * 16777619u;
        for (int i = 0; i < n - tail; i += 7) h = (h ^ s[i]) * 16777619u;
        return (int)(h ^ (h >> 15));
    }
}
