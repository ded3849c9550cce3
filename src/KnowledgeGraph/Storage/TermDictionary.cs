using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Maps terms to dense integer ids and back. Id 0 is never used, so it can mean "unbound" in patterns.
/// </summary>
/// <remarks>
/// Terms are kept as bytes in an append-only arena (a tag, then WTF-8 text; a typed literal stores its datatype as a
/// term id), found through an open-addressing table of ids. That costs about 20 bytes per term beyond its text,
/// where one .NET object per term with a string and a dictionary entry costs well over 100. Writers are serialised by
/// a lock; decoding an id never takes the lock, because an id is published only after its bytes are written and
/// arena chunks never move.
/// </remarks>
internal sealed class TermDictionary
{
    private const byte TagIri = 0, TagBlank = 1, TagSimple = 2, TagLang = 3, TagTyped = 4;
    private const int ChunkSize = 1 << 20;
    private const int FirstChunkSize = 1 << 12; // small graphs (query results, short documents) stay small

    private readonly object _gate = new();
    private byte[][] _chunks = [new byte[FirstChunkSize]];
    private int _chunkCount = 1;
    private int _chunkUsed;
    private long[] _locations = new long[64];   // id -> (chunk << 32 | offset); the entry starts with its length
    private uint[] _hashes = new uint[64];
    private byte[] _tags = new byte[64];          // id -> the entry's tag, so a term's kind costs no trip to the arena
    private int[] _table = new int[128];         // open addressing: 0 = empty, else id
    private int _next = 1;
    private DatatypeId? _lastDatatype;
    private DecodedDatatype[] _decodedDatatypes = [];

    [ThreadStatic] private static byte[]? t_scratch;

    /// <summary>The last datatype looked up: most typed literals in a file share a few datatypes.</summary>
    private sealed record DatatypeId(string Iri, int Id);

    /// <summary>A datatype IRI decoded once, for the typed literals that use it.</summary>
    private sealed record DecodedDatatype(int Id, NamedNode Datatype);

    /// <summary>How many distinct terms are encoded.</summary>
    public int Count => Volatile.Read(ref _next) - 1;

    /// <summary>The id of a term, adding it when it is new.</summary>
    public int GetOrAdd(Term term)
    {
        lock (_gate) return GetOrAddLocked(term);
    }

    /// <summary>The ids of a triple's three terms, adding those that are new, taking the lock once instead of three
    /// times (the loading path).</summary>
    internal IdTriple GetOrAddAll(Triple triple)
    {
        lock (_gate) return new IdTriple(GetOrAddLocked(triple.Subject), GetOrAddLocked(triple.Predicate), GetOrAddLocked(triple.Object));
    }

    private int GetOrAddLocked(Term term)
    {
        int datatypeId = term is Literal { Language: null } l && l.Datatype.Value != Vocab.Xsd.StringIri ? DatatypeIdOf(l.Datatype) : 0;
        var key = Encode(term, datatypeId);
        uint hash = Hash(key);
        int id = Find(key, hash);
        return id != 0 ? id : Append(key, hash);
    }

    private int DatatypeIdOf(NamedNode datatype)
    {
        var last = Volatile.Read(ref _lastDatatype);
        if (last is not null && string.Equals(last.Iri, datatype.Value, StringComparison.Ordinal)) return last.Id;
        int id = GetOrAdd(datatype);
        Volatile.Write(ref _lastDatatype, new DatatypeId(datatype.Value, id));
        return id;
    }

    /// <summary>The id of a known term; false when the term was never added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetId(Term term, out int id)
    {
        id = 0;
        int datatypeId = 0;
        if (term is Literal { Language: null } l && l.Datatype.Value != Vocab.Xsd.StringIri && !TryGetId(l.Datatype, out datatypeId))
            return false;
        var key = Encode(term, datatypeId);
        uint hash = Hash(key);
        lock (_gate) id = Find(key, hash);
        return id != 0;
    }

    /// <summary>The term of an id handed out by <see cref="GetOrAdd"/>.</summary>
    public Term this[int id]
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get
        {
            var bytes = Entry(id);
            var body = bytes[1..];
            switch (bytes[0])
            {
                case TagIri: return NamedNode.CreateUnchecked(Wtf8.Decode(body));
                case TagBlank: return BlankNode.Create(Wtf8.Decode(body));
                case TagSimple: return Literal.Create(Wtf8.Decode(body));
                case TagLang:
                    int langLength = body[0];
                    return Literal.CreateUnchecked(Wtf8.Decode(body[(1 + langLength)..]), Vocab.Rdf.LangString, Wtf8.Decode(body.Slice(1, langLength)));
                default:
                    return Literal.CreateUnchecked(Wtf8.Decode(body[4..]), DatatypeOf(BinaryPrimitives.ReadInt32LittleEndian(body)), null);
            }
        }
    }

    /// <summary>The datatype IRI with this id, decoded once: a store uses a handful of datatypes.</summary>
    private NamedNode DatatypeOf(int id)
    {
        var known = Volatile.Read(ref _decodedDatatypes);
        foreach (var d in known)
            if (d.Id == id) return d.Datatype;
        var datatype = (NamedNode)this[id];
        if (known.Length < 64) Volatile.Write(ref _decodedDatatypes, [.. known, new DecodedDatatype(id, datatype)]);
        return datatype;
    }

    /// <summary>
    /// Whether the term with this id is a literal whose language tag, as stored, is <paramref name="language"/>
    /// (ordinal; "" for a literal without a tag); null when the term is not a literal. Decodes nothing.
    /// </summary>
    public bool? LanguageEquals(int id, string language)
    {
        var bytes = Entry(id);
        switch (bytes[0])
        {
            case TagIri:
            case TagBlank:
                return null;
            case TagLang:
                var stored = bytes.Slice(2, bytes[1]);
                foreach (byte b in stored)
                    if (b >= 0x80) return string.Equals(Wtf8.Decode(stored), language, StringComparison.Ordinal);
                if (stored.Length != language.Length) return false;
                for (int i = 0; i < stored.Length; i++)
                    if (stored[i] != language[i]) return false;
                return true;
            default:
                return language.Length == 0;
        }
    }

    /// <summary>
    /// Compares two terms in writer output order (IRIs, then blank nodes, then literals) by their stored bytes:
    /// IRIs and labels by their text in code point order, literals by lexical form. Terms with the same text
    /// (literals differing only in datatype or language) compare equal here; callers break such ties.
    /// </summary>
    public int CompareText(int a, int b)
    {
        var x = Text(a, out int rankA);
        var y = Text(b, out int rankB);
        return rankA != rankB ? rankA.CompareTo(rankB) : x.SequenceCompareTo(y);
    }

    /// <summary>The text <see cref="CompareText"/> compares (IRI, label or lexical form) and the kind's place in
    /// that order (0 IRIs, 1 blank nodes, 2 literals).</summary>
    public ReadOnlySpan<byte> Text(int id, out int outputRank)
    {
        var entry = Entry(id);
        outputRank = OutputRank(entry[0]);
        return MainText(entry);
    }

    private static int OutputRank(byte tag) => tag switch
    {
        TagIri => 0,
        TagBlank => 1,
        _ => 2,
    };

    /// <summary>The IRI, label or lexical form of an entry.</summary>
    private static ReadOnlySpan<byte> MainText(ReadOnlySpan<byte> entry) => entry[0] switch
    {
        TagLang => entry[(2 + entry[1])..],
        TagTyped => entry[5..],
        _ => entry[1..],
    };

    /// <summary>The kind of the term with this id, without decoding it.</summary>
    public TermKind KindOf(int id) => Volatile.Read(ref _tags)[id] switch
    {
        TagIri => TermKind.NamedNode,
        TagBlank => TermKind.BlankNode,
        _ => TermKind.Literal,
    };

    /// <summary>
    /// A literal's stored parts without decoding them: its lexical form as WTF-8, and its datatype id — 0 for a
    /// simple literal (xsd:string), -1 for a language-tagged one, whose tag is then in <paramref name="language"/>.
    /// </summary>
    public ReadOnlySpan<byte> LiteralParts(int id, out int datatypeId, out ReadOnlySpan<byte> language)
    {
        var entry = Entry(id);
        language = default;
        switch (entry[0])
        {
            case TagLang:
                datatypeId = -1;
                language = entry.Slice(2, entry[1]);
                return entry[(2 + entry[1])..];
            case TagTyped:
                datatypeId = BinaryPrimitives.ReadInt32LittleEndian(entry[1..]);
                return entry[5..];
            case TagSimple:
                datatypeId = 0;
                return entry[1..];
            default:
                throw new ArgumentException("The term is not a literal.", nameof(id));
        }
    }

    private ReadOnlySpan<byte> Entry(int id)
    {
        long location = Volatile.Read(ref _locations)[id];
        var chunk = Volatile.Read(ref _chunks)[(int)(location >> 32)];
        int offset = (int)location;
        int length = BinaryPrimitives.ReadInt32LittleEndian(chunk.AsSpan(offset));
        return chunk.AsSpan(offset + 4, length);
    }

    /// <summary>The term's key bytes, in a per-thread scratch buffer valid until the next call on this thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Encode(Term term, int datatypeId)
    {
        string text;
        string? language = null;
        byte tag;
        switch (term)
        {
            case NamedNode n: tag = TagIri; text = n.Value; break;
            case BlankNode b: tag = TagBlank; text = b.Label; break;
            case Literal { Language: { } lang } l: tag = TagLang; text = l.LexicalForm; language = lang; break;
            case Literal l: tag = datatypeId == 0 ? TagSimple : TagTyped; text = l.LexicalForm; break;
            default: throw new ArgumentException("Unknown term kind.", nameof(term));
        }
        int max = 1 + 4 + 1 + Wtf8.MaxByteCount(text.Length) + (language?.Length ?? 0) * 3;
        Span<byte> buffer;
        if (max > 1 << 20)
        {
            buffer = new byte[max];   // a huge literal: don't keep a buffer that size alive for the thread
        }
        else
        {
            if (t_scratch is null || t_scratch.Length < max) t_scratch = new byte[Math.Max(max, 4096)];
            buffer = t_scratch;
        }
        buffer[0] = tag;
        int pos = 1;
        if (tag == TagLang)
        {
            // The tag is stored as written; Hash and SameKey treat it case-insensitively (tags are ASCII).
            int n = Wtf8.Encode(language, buffer[2..]);
            if (n > 255) throw new ArgumentException("Language tags longer than 255 characters are not supported.", nameof(term));
            buffer[1] = (byte)n;
            pos = 2 + n;
        }
        else if (tag == TagTyped)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer[1..], datatypeId);
            pos = 5;
        }
        pos += Wtf8.Encode(text, buffer[pos..]);
        return buffer[..pos];
    }

    /// <summary>A fast 64-bit multiply-mix hash over 8-byte blocks (stable across runs, unlike string hashing).</summary>
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        if (key[0] == TagLang)
        {
            Span<byte> lowered = key.Length <= 1024 ? stackalloc byte[key.Length] : new byte[key.Length];
            key.CopyTo(lowered);
            System.Text.Ascii.ToLowerInPlace(lowered.Slice(2, key[1]), out _);
            return HashBytes(lowered);
        }
        return HashBytes(key);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint HashBytes(ReadOnlySpan<byte> key)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        var blocks = MemoryMarshal.Cast<byte, ulong>(key);
        foreach (ulong block in blocks) h = (h ^ block) * 0xFF51AFD7ED558CCDUL ^ ((h ^ block) >> 29);
        ulong tail = 0;
        for (int i = blocks.Length * 8; i < key.Length; i++) tail = (tail << 8) | key[i];
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 32;
        return (uint)h;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<byte> key, uint hash)
    {
        int mask = _table.Length - 1;
        for (int slot = (int)(hash & mask); ; slot = (slot + 1) & mask)
        {
            int id = _table[slot];
            if (id == 0) return 0;
            if (_hashes[id] == hash && SameKey(Entry(id), key)) return id;
        }
    }

    private static bool SameKey(ReadOnlySpan<byte> stored, ReadOnlySpan<byte> key)
    {
        if (stored.Length != key.Length) return false;
        if (key[0] != TagLang) return stored.SequenceEqual(key);
        int langEnd = 2 + key[1];
        return stored[1] == key[1]
               && System.Text.Ascii.EqualsIgnoreCase(stored[2..langEnd], key[2..langEnd])
               && stored[langEnd..].SequenceEqual(key[langEnd..]);
    }

    private int Append(ReadOnlySpan<byte> key, uint hash)
    {
        int id = _next;
        if (id >= _locations.Length)
        {
            var locations = new long[_locations.Length * 2];
            _locations.CopyTo(locations, 0);
            var tags = new byte[locations.Length];
            _tags.CopyTo(tags, 0);
            Volatile.Write(ref _tags, tags);
            Volatile.Write(ref _locations, locations);
            Array.Resize(ref _hashes, locations.Length);
        }
        int needed = key.Length + 4;
        var chunk = _chunks[_chunkCount - 1];
        if (_chunkUsed + needed > chunk.Length)
        {
            // Chunks double up to ChunkSize, so a graph of a few terms does not hold a megabyte.
            chunk = new byte[Math.Max(Math.Min(ChunkSize, chunk.Length * 2), needed)];
            if (_chunkCount == _chunks.Length)
            {
                var chunks = new byte[_chunks.Length * 2][];
                _chunks.CopyTo(chunks, 0);
                Volatile.Write(ref _chunks, chunks);
            }
            _chunks[_chunkCount++] = chunk;
            _chunkUsed = 0;
        }
        BinaryPrimitives.WriteInt32LittleEndian(chunk.AsSpan(_chunkUsed), key.Length);
        key.CopyTo(chunk.AsSpan(_chunkUsed + 4));
        _locations[id] = ((long)(_chunkCount - 1) << 32) | (uint)_chunkUsed;
        _chunkUsed += needed;
        _hashes[id] = hash;
        _tags[id] = key[0];
        if ((id + 1) * 2 > _table.Length) Rehash(_table.Length * 2);
        Insert(_table, id, hash);
        Volatile.Write(ref _next, id + 1);
        return id;
    }

    private void Rehash(int size)
    {
        var table = new int[size];
        for (int id = 1; id < _next; id++) Insert(table, id, _hashes[id]);
        _table = table;
    }

    private static void Insert(int[] table, int id, uint hash)
    {
        int mask = table.Length - 1;
        int slot = (int)(hash & mask);
        while (table[slot] != 0) slot = (slot + 1) & mask;
        table[slot] = id;
    }
}
