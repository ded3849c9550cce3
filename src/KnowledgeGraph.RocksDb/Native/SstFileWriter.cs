using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// Writes one sorted SST file (<c>rocksdb_sstfilewriter_t</c>) for <see cref="Database.IngestExternalFiles"/>: open,
/// add keys in strictly increasing order, finish. One thread.
/// </summary>
internal sealed unsafe class SstFileWriter : SafeHandle
{
    /// <summary>Used by the generated stubs, which set the handle.</summary>
    public SstFileWriter() : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    /// <summary>A writer for the file at <paramref name="path"/>, building tables as <paramref name="options"/> say.</summary>
    public static SstFileWriter Open(DbOptions options, string path)
    {
        nint env = RocksDbApi.EnvOptionsCreate();
        SstFileWriter writer;
        try
        {
            writer = RocksDbApi.SstFileWriterCreate(env, options); // copies both option sets
        }
        finally
        {
            RocksDbApi.EnvOptionsDestroy(env);
        }
        try
        {
            nint error = 0;
            RocksDbApi.SstFileWriterOpen(writer, path, ref error);
            NativeError.ThrowIfSet(error);
            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <summary>Adds an entry; its key must sort after the previous one's.</summary>
    public void Add(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        nint error = 0;
        fixed (byte* k = key)
        fixed (byte* v = value)
            RocksDbApi.SstFileWriterPut(this, k, (nuint)key.Length, v, (nuint)value.Length, ref error);
        NativeError.ThrowIfSet(error);
    }

    /// <summary>Writes the file's index and footer and closes it.</summary>
    public void Finish()
    {
        nint error = 0;
        RocksDbApi.SstFileWriterFinish(this, ref error);
        NativeError.ThrowIfSet(error);
    }

    protected override bool ReleaseHandle()
    {
        RocksDbApi.SstFileWriterDestroy(handle);
        return true;
    }
}
