using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>Reads a value in place, from RocksDB's own buffer, into what the caller keeps.</summary>
internal delegate T ValueReader<out T>(ReadOnlySpan<byte> value);

/// <summary>
/// An open RocksDB database (<c>rocksdb_t</c>). Closing waits for every snapshot and iterator made from it, each of
/// which holds a reference to this handle, so a database is never closed under them. Gets, writes and iterator
/// creation are safe from any thread (RocksDB's guarantee).
/// </summary>
internal sealed unsafe class Database : SafeHandle
{
    /// <summary>Read options of a read that wants the latest state (no snapshot); never freed.</summary>
    private static readonly ReadOptions Latest = ReadOptions.Create();

    /// <summary>Used by the generated stubs, which set the handle.</summary>
    public Database() : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    /// <summary>Opens (or with <paramref name="readOnly"/> false creates, if the options allow) the database in
    /// <paramref name="path"/>.</summary>
    /// <exception cref="RocksDbException">RocksDB refused; <see cref="RocksDbException.IsLockHeld"/> tells a held lock.</exception>
    public static Database Open(DbOptions options, string path, bool readOnly)
    {
        nint error = 0;
        var db = readOnly ? RocksDbApi.OpenForReadOnly(options, path, errorIfWalFileExists: 0, ref error) : RocksDbApi.Open(options, path, ref error);
        if (error != 0) db.Dispose();
        NativeError.ThrowIfSet(error);
        return db;
    }

    /// <summary>Reads the value of <paramref name="key"/> through <paramref name="read"/>, without copying it into
    /// an array of its own; false when the key is absent.</summary>
    public bool TryRead<T>(ReadOnlySpan<byte> key, ReadOptions? options, ValueReader<T> read, out T value)
    {
        nint error = 0;
        nint slice;
        fixed (byte* k = key) slice = RocksDbApi.GetPinned(this, options ?? Latest, k, (nuint)key.Length, ref error);
        NativeError.ThrowIfSet(error);
        if (slice == 0)
        {
            value = default!;
            return false;
        }
        try
        {
            var bytes = RocksDbApi.PinnableSliceValue(slice, out nuint length);
            value = read(new ReadOnlySpan<byte>(bytes, checked((int)length)));
            return true;
        }
        finally
        {
            RocksDbApi.PinnableSliceDestroy(slice);
        }
    }

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool HasKey(ReadOnlySpan<byte> key, ReadOptions? options = null) => TryRead(key, options, static _ => true, out _);

    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, WriteOptions options)
    {
        nint error = 0;
        fixed (byte* k = key)
        fixed (byte* v = value)
            RocksDbApi.Put(this, options, k, (nuint)key.Length, v, (nuint)value.Length, ref error);
        NativeError.ThrowIfSet(error);
    }

    /// <summary>Applies every change of <paramref name="batch"/> atomically.</summary>
    public void Write(WriteBatch batch, WriteOptions options)
    {
        nint error = 0;
        RocksDbApi.Write(this, options, batch, ref error);
        NativeError.ThrowIfSet(error);
    }

    public Snapshot CreateSnapshot() => new(this);

    /// <summary>An iterator over the state <paramref name="options"/> reads (a snapshot, or the latest).</summary>
    public Iterator NewIterator(ReadOptions? options = null) => new(this, options ?? Latest);

    /// <summary>Adds the sorted SST files to the database in one atomic step (all or none), moving them in rather
    /// than copying when <paramref name="move"/>.</summary>
    public void IngestExternalFiles(IReadOnlyList<string> paths, bool move)
    {
        var names = new nint[paths.Count];
        nint options = RocksDbApi.IngestOptionsCreate();
        try
        {
            for (int i = 0; i < names.Length; i++) names[i] = Marshal.StringToCoTaskMemUTF8(paths[i]);
            RocksDbApi.IngestOptionsSetMoveFiles(options, move ? (byte)1 : (byte)0);
            nint error = 0;
            fixed (nint* list = names) RocksDbApi.IngestExternalFile(this, (byte**)list, (nuint)names.Length, options, ref error);
            NativeError.ThrowIfSet(error);
        }
        finally
        {
            foreach (var name in names) Marshal.FreeCoTaskMem(name);
            RocksDbApi.IngestOptionsDestroy(options);
        }
    }

    protected override bool ReleaseHandle()
    {
        RocksDbApi.Close(handle);
        return true;
    }
}
