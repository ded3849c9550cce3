using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A set of non-zero term ids with open addressing: the visited sets of path closures, which are created per
/// solution and must be cheap from the first call (no generic collection code waiting to be optimised).
/// </summary>
internal sealed class IdSet
{
    private int[] _slots = new int[16]; // 0 = empty
    private int _count;

    public int Count => _count;

    /// <summary>Adds a non-zero id; false when it was already present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(int id)
    {
        if ((_count + 1) * 2 > _slots.Length) Grow();
        int mask = _slots.Length - 1;
        for (int i = Slot(id, mask); ; i = (i + 1) & mask)
        {
            int v = _slots[i];
            if (v == id) return false;
            if (v == 0)
            {
                _slots[i] = id;
                _count++;
                return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(int id)
    {
        int mask = _slots.Length - 1;
        for (int i = Slot(id, mask); ; i = (i + 1) & mask)
        {
            int v = _slots[i];
            if (v == id) return true;
            if (v == 0) return false;
        }
    }

    private static int Slot(int id, int mask) => (int)(((uint)id * 0x9E3779B1u) >> 7) & mask;

    private void Grow()
    {
        var old = _slots;
        _slots = new int[old.Length * 2];
        _count = 0;
        foreach (int v in old)
            if (v != 0) Add(v);
    }
}
