namespace KnowledgeGraph.RocksDb;

/// <summary>How <see cref="RocksDbStore.Open"/> opens a store. Not thread-safe while being filled in; the store
/// copies what it needs at open.</summary>
public sealed class RocksDbStoreOptions
{
    /// <summary>Create an empty store when the directory holds none (default true). When false, opening a directory
    /// without a store throws <see cref="StoreNotFoundException"/>.</summary>
    public bool CreateIfMissing { get; set; } = true;

    /// <summary>Open for reading only (default false): no lock is taken, so this works while another process writes
    /// the store; the reader sees the state committed when it opened. <see cref="RocksDbStore.Write"/> and the bulk
    /// loader then throw <see cref="InvalidOperationException"/>.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Wait for each commit to reach the disk (fsync) before returning (default true). Without it a commit
    /// still survives the process being killed, but not the machine losing power.</summary>
    public bool SyncCommits { get; set; } = true;

    /// <summary>Memory the bulk loader may use for its sorted runs and term cache, in bytes (default 256 MiB). The
    /// load's memory follows this setting, not the size of the input; larger values mean fewer, larger SST files.</summary>
    public long BulkLoadMemoryBytes { get; set; } = 256L << 20;
}
