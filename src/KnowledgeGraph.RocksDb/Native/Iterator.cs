using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// A RocksDB iterator (<c>rocksdb_iterator_t</c>) over the sorted keys of the state its read options name. The key
/// and value spans point into RocksDB's memory and are good until the next move. It holds a reference to its
/// <see cref="Database"/>, which RocksDB must not close under it. One thread at a time.
/// </summary>
internal sealed unsafe class Iterator : SafeHandle
{
    private readonly Database _db;

    public Iterator(Database db, ReadOptions options) : base(0, ownsHandle: true)
    {
        _db = db;
        bool added = false;
        db.DangerousAddRef(ref added);
        try
        {
            SetHandle(RocksDbApi.CreateIterator(db, options));
        }
        finally
        {
            if (handle == 0) db.DangerousRelease();
        }
    }

    public override bool IsInvalid => handle == 0;

    /// <summary>True while the iterator is on an entry. At the end, an error the scan met (a corrupt or unreadable
    /// file) is thrown rather than taken for the end of the data.</summary>
    public bool Valid()
    {
        if (RocksDbApi.IteratorValid(this) != 0) return true;
        nint error = 0;
        RocksDbApi.IteratorGetError(this, ref error);
        NativeError.ThrowIfSet(error);
        return false;
    }

    public void SeekToFirst() => RocksDbApi.IteratorSeekToFirst(this);

    /// <summary>Moves to the first key at or after <paramref name="key"/>.</summary>
    public void Seek(ReadOnlySpan<byte> key)
    {
        fixed (byte* k = key) RocksDbApi.IteratorSeek(this, k, (nuint)key.Length);
    }

    public void Next() => RocksDbApi.IteratorNext(this);

    public ReadOnlySpan<byte> Key()
    {
        var bytes = RocksDbApi.IteratorKey(this, out nuint length);
        return new ReadOnlySpan<byte>(bytes, (int)length);
    }

    public ReadOnlySpan<byte> Value()
    {
        var bytes = RocksDbApi.IteratorValue(this, out nuint length);
        return new ReadOnlySpan<byte>(bytes, (int)length);
    }

    protected override bool ReleaseHandle()
    {
        RocksDbApi.IteratorDestroy(handle);
        _db.DangerousRelease();
        return true;
    }
}
