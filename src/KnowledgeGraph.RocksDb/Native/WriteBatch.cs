using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// A RocksDB write batch (<c>rocksdb_writebatch_t</c>): puts and deletes applied together, atomically, by
/// <see cref="Database.Write"/>. The batch copies each key and value, so the caller may reuse its buffers. One thread.
/// </summary>
internal sealed unsafe class WriteBatch : SafeHandle
{
    /// <summary>Used by the generated stubs, which set the handle.</summary>
    public WriteBatch() : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    public static WriteBatch Create() => RocksDbApi.WriteBatchCreate();

    public int Count => RocksDbApi.WriteBatchCount(this);

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        fixed (byte* k = key)
        fixed (byte* v = value)
            RocksDbApi.WriteBatchPut(this, k, (nuint)key.Length, v, (nuint)value.Length);
    }

    public void Delete(ReadOnlySpan<byte> key)
    {
        fixed (byte* k = key) RocksDbApi.WriteBatchDelete(this, k, (nuint)key.Length);
    }

    public void Clear() => RocksDbApi.WriteBatchClear(this);

    protected override bool ReleaseHandle()
    {
        RocksDbApi.WriteBatchDestroy(handle);
        return true;
    }
}
