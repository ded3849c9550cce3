using KnowledgeGraph.RocksDb.Native;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// The RocksDB table settings of the store, shared by the database and the bulk loader's SST files so ingested files
/// are built like flushed ones. Bloom filters (10 bits a key, about 1% false positives) let the dictionary lookups
/// and the writer's "is it there already" checks skip most files on a miss, which is the common case while loading.
/// </summary>
internal static class StoreTuning
{
    private const double BloomBitsPerKey = 10;
    private const ulong BlockCacheBytes = 64UL << 20;

    /// <summary>Options of the database, with a block cache of its own.</summary>
    public static DbOptions ForDatabase() => DbOptions.Create().SetCreateIfMissing(true).SetBlockBasedTable(BloomBitsPerKey, BlockCacheBytes);

    /// <summary>Options for writing SST files to ingest (no cache: nothing is read back).</summary>
    public static DbOptions ForSstFiles() => DbOptions.Create().SetBlockBasedTable(BloomBitsPerKey, blockCacheBytes: 0);
}
