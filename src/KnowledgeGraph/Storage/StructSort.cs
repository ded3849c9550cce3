using System.Numerics;

namespace KnowledgeGraph.Storage;

/// <summary>
/// An in-place sort specialised for a struct comparer, so the comparison is inlined rather than called through a
/// delegate or an interface per pair (which is what <see cref="MemoryExtensions.Sort{T, TComparer}(Span{T}, TComparer)"/>
/// does). Quicksort with a median-of-three pivot, recursing into the smaller side only (so the stack stays
/// logarithmic), insertion sort for short ranges; after too many uneven splits it hands the range to the runtime's
/// introsort, so crafted input cannot make it quadratic. Not stable.
/// </summary>
internal static class StructSort
{
    private const int InsertionThreshold = 16;

    public static void Sort<T, TComparer>(Span<T> items, TComparer comparer)
        where TComparer : struct, IComparer<T> =>
        Sort(items, comparer, 2 * (BitOperations.Log2((uint)items.Length) + 1));

    private static void Sort<T, TComparer>(Span<T> items, TComparer comparer, int depthLeft)
        where TComparer : struct, IComparer<T>
    {
        while (items.Length > InsertionThreshold)
        {
            if (--depthLeft < 0)
            {
                items.Sort(comparer);
                return;
            }
            int split = Partition(items, comparer);
            var left = items[..split];
            var right = items[(split + 1)..];
            if (left.Length < right.Length)
            {
                Sort(left, comparer, depthLeft);
                items = right;
            }
            else
            {
                Sort(right, comparer, depthLeft);
                items = left;
            }
        }
        InsertionSort(items, comparer);
    }

    private static int Partition<T, TComparer>(Span<T> items, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        int hi = items.Length - 1, mid = hi / 2;
        if (comparer.Compare(items[mid], items[0]) < 0) Swap(items, mid, 0);
        if (comparer.Compare(items[hi], items[0]) < 0) Swap(items, hi, 0);
        if (comparer.Compare(items[hi], items[mid]) < 0) Swap(items, hi, mid);
        Swap(items, mid, hi - 1);
        var pivot = items[hi - 1];
        int i = 0, j = hi - 1;
        while (true)
        {
            while (comparer.Compare(items[++i], pivot) < 0) { }
            while (comparer.Compare(pivot, items[--j]) < 0) { }
            if (i >= j) break;
            Swap(items, i, j);
        }
        Swap(items, i, hi - 1);
        return i;
    }

    private static void InsertionSort<T, TComparer>(Span<T> items, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        for (int i = 1; i < items.Length; i++)
        {
            var item = items[i];
            int j = i - 1;
            while (j >= 0 && comparer.Compare(item, items[j]) < 0)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    private static void Swap<T>(Span<T> items, int a, int b) => (items[a], items[b]) = (items[b], items[a]);
}
