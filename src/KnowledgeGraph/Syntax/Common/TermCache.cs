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
    private readonly int[] _hashes = new int[Slots];   // compared first, so a miss never touches the cached string

    /// <summary>The IRI term whose value is <paramref name="iri"/>, reused when it was seen recently.</summary>
    public NamedNode Iri(ReadOnlySpan<char> iri) => Lookup(iri, null);

    /// <summary>The IRI term of an existing string.</summary>
    public NamedNode Iri(string iri) => Lookup(iri, iri);

    /// <summary>The cached term for <paramref name="iri"/>, or a new one (made from <paramref name="text"/> when the
    /// caller already has the string) that takes over the slot.</summary>
    private NamedNode Lookup(ReadOnlySpan<char> iri, string? text)
    {
        int hash = Hash(iri);
        int slot = hash & (Slots - 1);
        var cached = _iris[slot];
        if (_hashes[slot] == hash && cached is not null && iri.SequenceEqual(cached.Value)) return cached;
        var node = NamedNode.CreateUnchecked(text ?? new string(iri));
        _iris[slot] = node;
        _hashes[slot] = hash;
        return node;
    }

    /// <summary>A cheap hash: IRIs sharing a long namespace differ at the end, so mix the length, the last
    /// characters and a stride through the rest.</summary>
    private static int Hash(ReadOnlySpan<char> s)
    {
        // Eight bytes at a time over the last 16 characters, then a stride through the rest.
        ulong h = (ulong)s.Length * 0x9E3779B97F4A7C15UL;
        int n = s.Length;
        int tail = Math.Min(n, 16);
        var blocks = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(s[(n - tail)..]);
        foreach (ulong block in blocks) h = (h ^ block) * 0xFF51AFD7ED558CCDUL;
        for (int i = n - tail + blocks.Length * 4; i < n; i++) h = (h ^ s[i]) * 0xC4CEB9FE1A85EC53UL;
        for (int i = 0; i < n - tail; i += 7) h = (h ^ s[i]) * 0xC4CEB9FE1A85EC53UL;
        return (int)(h ^ (h >> 29) ^ (h >> 47));
    }
}
