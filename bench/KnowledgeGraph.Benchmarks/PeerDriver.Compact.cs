using System.Runtime;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

internal static partial class PeerDriver
{
    /// <summary>
    /// <c>kg compact FILE</c> (issue 12, item 2): loads the file into a dataset, deletes in one batch every triple of
    /// every other subject (about half the graph, and the terms only those subjects used), compacts, and prints the
    /// managed heap after a full compacting collection at each step, as one JSON line.
    /// </summary>
    private static int CompactMemory(string file, RdfFormat format)
    {
        var dataset = Dataset.Load(file, format);
        var graph = dataset.DefaultGraph;
        // A load queues its triples and builds the indexes on first read; measure the indexed graph, not the queue.
        _ = graph.Count;
        long loaded = Heap();
        var half = new List<Model.Triple>();
        var parity = new Dictionary<Model.Term, bool>();
        int i = 0;
        foreach (var t in graph)
        {
            i++;
            if (!parity.TryGetValue(t.Subject, out bool drop)) parity[t.Subject] = drop = (parity.Count & 1) == 0;
            if (drop) half.Add(t);
        }
        parity = null!;
        graph.Batch(b => { foreach (var t in half) b.Remove(t); });
        int removed = half.Count;
        half = null!;
        long deleted = Heap();
        dataset.Compact();
        long compacted = Heap();
        Console.WriteLine($"{{\"triples\":{i},\"removed\":{removed},\"left\":{graph.Count},\"heap_loaded_mb\":{loaded / 1048576.0:F1}," +
                          $"\"heap_after_delete_mb\":{deleted / 1048576.0:F1},\"heap_after_compact_mb\":{compacted / 1048576.0:F1}}}");
        GC.KeepAlive(dataset);
        return 0;
    }

    private static long Heap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
