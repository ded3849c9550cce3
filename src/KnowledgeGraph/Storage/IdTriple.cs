using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Storage;

/// <summary>A triple of term ids from one store's dictionary. The field order is always subject, predicate, object;
/// id 0 never names a term, so patterns use it for "unbound".</summary>
/// <param name="S">The subject's id.</param>
/// <param name="P">The predicate's id.</param>
/// <param name="O">The object's id.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public readonly record struct IdTriple(int S, int P, int O);

/// <summary>The three orders the index keeps triples in.</summary>
internal enum IndexOrder
{
    Spo,
    Pos,
    Osp,
}

/// <summary>Compares id triples in one of the index orders; a struct so sorting and searching are not virtual calls.</summary>
internal readonly struct IdTripleComparer : IComparer<IdTriple>
{
    private readonly IndexOrder _order;

    public IdTripleComparer(IndexOrder order) => _order = order;

    public int Compare(IdTriple x, IdTriple y) => _order switch
    {
        IndexOrder.Spo => default(SpoOrder).Compare(x, y),
        IndexOrder.Pos => default(PosOrder).Compare(x, y),
        _ => default(OspOrder).Compare(x, y),
    };

    /// <summary>
    /// Sorts in this order. The triples are viewed in place as a key type that compares itself in that order:
    /// sorting a span of <see cref="IComparable{T}"/> structs calls CompareTo directly, where sorting with a
    /// comparer goes through a delegate call per comparison.
    /// </summary>
    public void Sort(Span<IdTriple> span)
    {
        switch (_order)
        {
            case IndexOrder.Spo: MemoryMarshal.Cast<IdTriple, SpoKey>(span).Sort(); break;
            case IndexOrder.Pos: MemoryMarshal.Cast<IdTriple, PosKey>(span).Sort(); break;
            default: MemoryMarshal.Cast<IdTriple, OspKey>(span).Sort(); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Cmp(int a1, int b1, int a2, int b2, int a3, int b3)
    {
        if (a1 != b1) return a1 < b1 ? -1 : 1;
        if (a2 != b2) return a2 < b2 ? -1 : 1;
        if (a3 != b3) return a3 < b3 ? -1 : 1;
        return 0;
    }
}

internal readonly struct SpoOrder : IComparer<IdTriple>
{
    public int Compare(IdTriple x, IdTriple y) => IdTripleComparer.Cmp(x.S, y.S, x.P, y.P, x.O, y.O);
}

internal readonly struct PosOrder : IComparer<IdTriple>
{
    public int Compare(IdTriple x, IdTriple y) => IdTripleComparer.Cmp(x.P, y.P, x.O, y.O, x.S, y.S);
}

internal readonly struct OspOrder : IComparer<IdTriple>
{
    public int Compare(IdTriple x, IdTriple y) => IdTripleComparer.Cmp(x.O, y.O, x.S, y.S, x.P, y.P);
}

// Same layout as IdTriple (three ints, subject, predicate, object), each ordering itself one way; see IdTripleComparer.Sort.
[StructLayout(LayoutKind.Sequential)]
internal readonly struct SpoKey : IComparable<SpoKey>
{
    private readonly int _s, _p, _o;

    public int CompareTo(SpoKey other) => IdTripleComparer.Cmp(_s, other._s, _p, other._p, _o, other._o);
}

[StructLayout(LayoutKind.Sequential)]
internal readonly struct PosKey : IComparable<PosKey>
{
    private readonly int _s, _p, _o;

    public int CompareTo(PosKey other) => IdTripleComparer.Cmp(_p, other._p, _o, other._o, _s, other._s);
}

[StructLayout(LayoutKind.Sequential)]
internal readonly struct OspKey : IComparable<OspKey>
{
    private readonly int _s, _p, _o;

    public int CompareTo(OspKey other) => IdTripleComparer.Cmp(_o, other._o, _s, other._s, _p, other._p);
}
