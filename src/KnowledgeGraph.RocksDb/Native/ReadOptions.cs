using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// RocksDB read options (<c>rocksdb_readoptions_t</c>). Pinned to a <see cref="Snapshot"/>, they hold a reference to
/// it, so the snapshot is released only after the options that point at it are freed.
/// </summary>
internal sealed class ReadOptions : SafeHandle
{
    private Snapshot? _snapshot;

    /// <summary>Used by the generated stubs, which set the handle.</summary>
    public ReadOptions() : base(0, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == 0;

    public static ReadOptions Create() => RocksDbApi.ReadOptionsCreate();

    /// <summary>Options whose reads see <paramref name="snapshot"/>.</summary>
    public static ReadOptions At(Snapshot snapshot)
    {
        var options = Create();
        bool added = false;
        snapshot.DangerousAddRef(ref added);
        options._snapshot = snapshot;
        RocksDbApi.ReadOptionsSetSnapshot(options, snapshot);
        return options;
    }

    protected override bool ReleaseHandle()
    {
        RocksDbApi.ReadOptionsDestroy(handle);
        _snapshot?.DangerousRelease();
        return true;
    }
}
