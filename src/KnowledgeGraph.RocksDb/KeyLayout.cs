using System.Buffers.Binary;
using System.Text;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.RocksDb;

/// <summary>The three orders each graph's triples are keyed in (named apart from the core's in-memory IndexOrder).</summary>
internal enum KeyOrder : byte
{
    Spo = 0,
    Pos = 1,
    Osp = 2,
}

/// <summary>
/// How the store lays its data out in RocksDB's one key space. Every key starts with a table byte; numbers are
/// 4-byte big-endian, so byte order is numeric order and every pattern lookup is a prefix scan. All tables share the
/// default column family on purpose: a bulk load then commits by one atomic ingestion of SST files, which RocksDB
/// guarantees only within one column family.
/// <code>
/// 01 name                  → value        metadata (next-id counter, format version)
/// 02 encoded term          → id           dictionary, term to id
/// 03 id                    → encoded term dictionary, id to term
/// 04 graph                 → sequence     named graphs that exist, empty or not, with their creation number
/// 10|11|12 a b c           → (empty)      default graph in SPO, POS, OSP order
/// 20|21|22 graph a b c     → (empty)      named graphs in GSPO, GPOS, GOSP order
/// </code>
/// </summary>
internal static class KeyLayout
{
    public const byte Meta = 0x01;
    public const byte TermToId = 0x02;
    public const byte IdToTerm = 0x03;
    public const byte Graphs = 0x04;
    public const byte DefaultGraphBase = 0x10;
    public const byte NamedGraphBase = 0x20;

    /// <summary>The format written into new stores; a store of another format is refused at open.</summary>
    public const int FormatVersion = 2;

    public static readonly byte[] NextIdKey = MetaKey("next-id");

    /// <summary>The creation number the next named graph gets (graphs are listed in creation order).</summary>
    public static readonly byte[] NextGraphKey = MetaKey("next-graph");
    public static readonly byte[] FormatKey = MetaKey("format");

    public static byte[] Empty { get; } = [];

    private static byte[] MetaKey(string name) => [Meta, .. Encoding.ASCII.GetBytes(name)];

    public static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    public static int ReadInt(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt32BigEndian(bytes);

    /// <summary>The creation number a graph key's value holds.</summary>
    public static int ReadGraphSequence(ReadOnlySpan<byte> value) => value.Length == 4 ? ReadInt(value) : 0;

    /// <summary>Length of an id key and of a graph key: the table byte and a number.</summary>
    public const int IdKeyLength = 5;

    public static byte[] IdKey(int id)
    {
        var key = new byte[IdKeyLength];
        WriteIdKey(key, id);
        return key;
    }

    public static void WriteIdKey(Span<byte> key, int id) => WriteNumberedKey(key, IdToTerm, id);

    public static byte[] TermKey(ReadOnlySpan<byte> encodedTerm)
    {
        var key = new byte[encodedTerm.Length + 1];
        key[0] = TermToId;
        encodedTerm.CopyTo(key.AsSpan(1));
        return key;
    }

    public static byte[] GraphKey(int graph)
    {
        var key = new byte[IdKeyLength];
        WriteGraphKey(key, graph);
        return key;
    }

    public static void WriteGraphKey(Span<byte> key, int graph) => WriteNumberedKey(key, Graphs, graph);

    private static void WriteNumberedKey(Span<byte> key, byte table, int number)
    {
        key[0] = table;
        BinaryPrimitives.WriteInt32BigEndian(key[1..], number);
    }

    /// <summary>Length of a quad key: 13 bytes in the default graph, 17 in a named one.</summary>
    public static int QuadKeyLength(int graph) => graph == 0 ? 13 : 17;

    /// <summary>Writes the key of <paramref name="t"/> in graph <paramref name="graph"/> in one index order.</summary>
    public static void WriteQuadKey(Span<byte> key, KeyOrder order, int graph, IdTriple t)
    {
        var (a, b, c) = Permute(order, t);
        int at = 1;
        if (graph == 0)
        {
            key[0] = (byte)(DefaultGraphBase + (byte)order);
        }
        else
        {
            key[0] = (byte)(NamedGraphBase + (byte)order);
            BinaryPrimitives.WriteInt32BigEndian(key[1..], graph);
            at = 5;
        }
        BinaryPrimitives.WriteInt32BigEndian(key[at..], a);
        BinaryPrimitives.WriteInt32BigEndian(key[(at + 4)..], b);
        BinaryPrimitives.WriteInt32BigEndian(key[(at + 8)..], c);
    }

    public static byte[] QuadKey(KeyOrder order, int graph, IdTriple t)
    {
        var key = new byte[QuadKeyLength(graph)];
        WriteQuadKey(key, order, graph, t);
        return key;
    }

    /// <summary>Reads the triple back from a quad key of <paramref name="order"/>.</summary>
    public static IdTriple ReadTriple(KeyOrder order, ReadOnlySpan<byte> key)
    {
        int at = key.Length == 17 ? 5 : 1;
        int a = BinaryPrimitives.ReadInt32BigEndian(key[at..]);
        int b = BinaryPrimitives.ReadInt32BigEndian(key[(at + 4)..]);
        int c = BinaryPrimitives.ReadInt32BigEndian(key[(at + 8)..]);
        return Unpermute(order, a, b, c);
    }

    /// <summary>The key prefix all matches of a pattern share in <paramref name="order"/>: the table byte, the graph
    /// and the leading bound positions of that order.</summary>
    public static byte[] PatternPrefix(KeyOrder order, int graph, int s, int p, int o)
    {
        var (a, b, c) = Permute(order, new IdTriple(s, p, o));
        var bound = a == 0 ? 0 : b == 0 ? 1 : c == 0 ? 2 : 3;
        int head = graph == 0 ? 1 : 5;
        var prefix = new byte[head + bound * 4];
        prefix[0] = (byte)((graph == 0 ? DefaultGraphBase : NamedGraphBase) + (byte)order);
        if (graph != 0) BinaryPrimitives.WriteInt32BigEndian(prefix.AsSpan(1), graph);
        Span<int> values = [a, b, c];
        for (int i = 0; i < bound; i++) BinaryPrimitives.WriteInt32BigEndian(prefix.AsSpan(head + i * 4), values[i]);
        return prefix;
    }

    /// <summary>The index whose leading positions are exactly the bound ones, so the scan reads only matches.</summary>
    public static KeyOrder OrderFor(int s, int p, int o) => (s != 0, p != 0, o != 0) switch
    {
        (true, false, true) => KeyOrder.Osp,
        (true, _, _) => KeyOrder.Spo,
        (false, true, _) => KeyOrder.Pos,
        (false, false, true) => KeyOrder.Osp,
        _ => KeyOrder.Spo,
    };

    public static (int A, int B, int C) Permute(KeyOrder order, IdTriple t) => order switch
    {
        KeyOrder.Spo => (t.S, t.P, t.O),
        KeyOrder.Pos => (t.P, t.O, t.S),
        _ => (t.O, t.S, t.P),
    };

    /// <summary>The triple whose positions in <paramref name="order"/> are <paramref name="a"/>, <paramref name="b"/>,
    /// <paramref name="c"/>: the inverse of <see cref="Permute"/>.</summary>
    public static IdTriple Unpermute(KeyOrder order, int a, int b, int c) => order switch
    {
        KeyOrder.Spo => new IdTriple(a, b, c),
        KeyOrder.Pos => new IdTriple(c, a, b),
        _ => new IdTriple(b, c, a),
    };

    /// <summary>Compares triples in <paramref name="order"/>, for merging a transaction's own writes into a scan.</summary>
    public static int Compare(KeyOrder order, IdTriple x, IdTriple y)
    {
        var (a1, b1, c1) = Permute(order, x);
        var (a2, b2, c2) = Permute(order, y);
        int r = a1.CompareTo(a2);
        if (r != 0) return r;
        r = b1.CompareTo(b2);
        return r != 0 ? r : c1.CompareTo(c2);
    }
}
