namespace KnowledgeGraph.RocksDb;

/// <summary>The store's directory is open for writing in another process (or another <see cref="RocksDbStore"/> of
/// this one). RocksDB's <c>LOCK</c> file allows one writer per directory; open with
/// <see cref="RocksDbStoreOptions.ReadOnly"/> to read alongside it.</summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class StoreLockedException : IOException
{
    /// <summary>Creates the exception for <paramref name="directory"/>.</summary>
    public StoreLockedException(string directory, Exception? inner = null)
        : base($"{directory}: the store is open for writing by another process", inner) => Directory = directory;

    /// <summary>The store's directory.</summary>
    public string Directory { get; }
}

/// <summary>The directory holds no store and <see cref="RocksDbStoreOptions.CreateIfMissing"/> was false.</summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class StoreNotFoundException : IOException
{
    /// <summary>Creates the exception for <paramref name="directory"/>.</summary>
    public StoreNotFoundException(string directory, Exception? inner = null)
        : base($"{directory}: no store here (kg load creates one)", inner) => Directory = directory;

    /// <summary>The directory that was opened.</summary>
    public string Directory { get; }
}
