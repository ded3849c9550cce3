using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// RocksDB database options (<c>rocksdb_options_t</c>), which also carry the default column family's table
/// settings. RocksDB copies them when it opens a database or makes an SST file writer, so they can be freed after.
/// </summary>
internal sealed class DbOptions : SafeHandle
{
    /// <summary>Used by the generated stubs, which set the handle.</summary>
    public DbOptions() : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    public static DbOptions Create() => RocksDbApi.OptionsCreate();

    public DbOptions SetCreateIfMissing(bool value)
    {
        RocksDbApi.OptionsSetCreateIfMissing(this, value ? (byte)1 : (byte)0);
        return this;
    }

    /// <summary>Block-based tables with a full Bloom filter of <paramref name="bloomBitsPerKey"/> bits a key and,
    /// unless <paramref name="blockCacheBytes"/> is 0, an LRU block cache of that size of their own.</summary>
    public DbOptions SetBlockBasedTable(double bloomBitsPerKey, ulong blockCacheBytes)
    {
        nint table = RocksDbApi.BlockBasedOptionsCreate();
        nint cache = 0;
        try
        {
            // The table options take over the filter policy; the cache is shared, so our handle to it is freed below.
            RocksDbApi.BlockBasedOptionsSetFilterPolicy(table, RocksDbApi.FilterPolicyCreateBloomFull(bloomBitsPerKey));
            if (blockCacheBytes > 0)
            {
                cache = RocksDbApi.CacheCreateLru((nuint)blockCacheBytes);
                RocksDbApi.BlockBasedOptionsSetBlockCache(table, cache);
            }
            RocksDbApi.OptionsSetBlockBasedTableFactory(this, table);
        }
        finally
        {
            if (cache != 0) RocksDbApi.CacheDestroy(cache);
            RocksDbApi.BlockBasedOptionsDestroy(table);
        }
        return this;
    }

    protected override bool ReleaseHandle()
    {
        RocksDbApi.OptionsDestroy(handle);
        return true;
    }
}
