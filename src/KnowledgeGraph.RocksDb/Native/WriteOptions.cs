using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>RocksDB write options (<c>rocksdb_writeoptions_t</c>); immutable once made, so shared by every writer.</summary>
internal sealed class WriteOptions : SafeHandle
{
    /// <summary>Used by the generated stubs, which set the handle.</summary>
    public WriteOptions() : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    /// <summary>Options whose writes, with <paramref name="sync"/>, reach the disk (fsync of the log) before returning.</summary>
    public static WriteOptions Create(bool sync)
    {
        var options = RocksDbApi.WriteOptionsCreate();
        RocksDbApi.WriteOptionsSetSync(options, sync ? (byte)1 : (byte)0);
        return options;
    }

    protected override bool ReleaseHandle()
    {
        RocksDbApi.WriteOptionsDestroy(handle);
        return true;
    }
}
