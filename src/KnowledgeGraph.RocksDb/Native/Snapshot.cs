using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// A RocksDB snapshot (<c>rocksdb_snapshot_t</c>): a fixed view of the database at the moment it was made. It holds
/// a reference to its <see cref="Database"/> until released, since RocksDB releases a snapshot through the database
/// and must not close the database under it.
/// </summary>
internal sealed class Snapshot : SafeHandle
{
    private readonly Database _db;

    public Snapshot(Database db) : base(0, ownsHandle: true)
    {
        _db = db;
        bool added = false;
        db.DangerousAddRef(ref added);
        try
        {
            SetHandle(RocksDbApi.CreateSnapshot(db));
        }
        finally
        {
            if (handle == 0) db.DangerousRelease();
        }
    }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        RocksDbApi.ReleaseSnapshot(_db.DangerousGetHandle(), handle);
        _db.DangerousRelease();
        return true;
    }
}
