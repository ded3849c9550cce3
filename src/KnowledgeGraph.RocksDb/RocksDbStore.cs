using System.Collections.Concurrent;
using KnowledgeGraph.RocksDb.Native;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// A persistent, transactional quad store in a directory, on RocksDB. Terms are dictionary-encoded; each graph's
/// triples are kept in SPO, POS and OSP order (named graphs prefixed by the graph), so every pattern is a prefix scan.
/// Each write transaction is one RocksDB write batch and each bulk-loaded input one atomic SST ingestion, so a crash
/// leaves every committed transaction and no part of an uncommitted one; readers work on RocksDB snapshots.
/// </summary>
/// <remarks>
/// Thread safety: any number of readers (<see cref="Read"/>) on any threads, each on its own snapshot, and one write
/// transaction or bulk load at a time (<see cref="Write"/> waits for the previous one). Across processes, one process
/// at a time opens a directory for writing; others get <see cref="StoreLockedException"/> or open it with
/// <see cref="RocksDbStoreOptions.ReadOnly"/>.
/// </remarks>
public sealed partial class RocksDbStore : IQuadStore
{
    private const string TempFolderName = "kg-load-tmp";

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<RocksDbReader, byte> _openReaders = new();
    private volatile bool _disposed;

    private RocksDbStore(Database db, string directory, RocksDbStoreOptions options, WriteOptions writeOptions, int nextId, int nextGraph)
    {
        Db = db;
        Directory = directory;
        Options = options;
        NextId = nextId;
        NextGraph = nextGraph;
        WriteOptions = writeOptions;
    }

    /// <summary>The store's directory (full path).</summary>
    public string Directory { get; }

    /// <summary>True when opened with <see cref="RocksDbStoreOptions.ReadOnly"/>.</summary>
    public bool IsReadOnly => Options.ReadOnly;

    internal Database Db { get; }

    internal RocksDbStoreOptions Options { get; }

    internal WriteOptions WriteOptions { get; }

    /// <summary>The next term id to hand out; changed only by the holder of the write lock, at commit.</summary>
    internal int NextId { get; set; }

    /// <summary>The creation number of the next named graph; changed only by the holder of the write lock, at commit.</summary>
    internal int NextGraph { get; set; }

    /// <summary>Decoded terms shared by all readers.</summary>
    internal TermCache Terms { get; } = new();

    internal string TempFolder => Path.Combine(Directory, TempFolderName);

    /// <summary>True when <paramref name="directory"/> holds a store (of any process's making).</summary>
    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, "CURRENT"));

    /// <summary>
    /// Opens the store in <paramref name="directory"/>, creating it when absent unless
    /// <see cref="RocksDbStoreOptions.CreateIfMissing"/> is false.
    /// </summary>
    /// <exception cref="StoreLockedException">Another process (or store object) has the directory open for writing.</exception>
    /// <exception cref="StoreNotFoundException">No store there and creating one was not allowed.</exception>
    /// <exception cref="InvalidDataException">The directory holds a RocksDB database that is not a store of this format.</exception>
    /// <exception cref="IOException">RocksDB could not open the directory for another reason.</exception>
    public static RocksDbStore Open(string directory, RocksDbStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= new RocksDbStoreOptions();
        var full = Path.GetFullPath(directory);
        bool existed = Exists(full);
        if (!existed && (!options.CreateIfMissing || options.ReadOnly)) throw new StoreNotFoundException(directory);
        if (!existed) System.IO.Directory.CreateDirectory(full);

        Database db;
        try
        {
            using var dbOptions = StoreTuning.ForDatabase();
            db = Database.Open(dbOptions, full, options.ReadOnly);
        }
        catch (RocksDbException e) when (e.IsLockHeld)
        {
            throw new StoreLockedException(directory, e);
        }
        catch (RocksDbException e)
        {
            throw new IOException($"{directory}: {e.Message}", e);
        }

        var writeOptions = WriteOptions.Create(options.SyncCommits);
        try
        {
            CheckFormat(db, writeOptions, directory, existed, options.ReadOnly);
            var store = new RocksDbStore(db, full, options, writeOptions, ReadCounter(db, KeyLayout.NextIdKey), ReadCounter(db, KeyLayout.NextGraphKey));
            if (!options.ReadOnly) store.DeleteTempFolder();
            return store;
        }
        catch
        {
            writeOptions.Dispose();
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the store in <paramref name="directory"/> as a <see cref="Dataset"/>: SPARQL query and update, batches,
    /// readers, writers and exports then work on the store on disk. Disposing the dataset closes the store.
    /// </summary>
    /// <inheritdoc cref="Open" path="/exception"/>
    public static Dataset OpenDataset(string directory, RocksDbStoreOptions? options = null) => new(Open(directory, options));

    private static int ReadCounter(Database db, byte[] key) => db.TryRead(key, null, KeyLayout.ReadInt, out int value) ? value : 1;

    private static void CheckFormat(Database db, WriteOptions writeOptions, string directory, bool existed, bool readOnly)
    {
        if (!db.TryRead(KeyLayout.FormatKey, null, KeyLayout.ReadInt, out int format))
        {
            if (existed && HasAnyKey(db)) throw new InvalidDataException($"{directory}: a RocksDB database, but not a KnowledgeGraph store");
            if (!readOnly) db.Put(KeyLayout.FormatKey, KeyLayout.Int(KeyLayout.FormatVersion), writeOptions);
        }
        else if (format != KeyLayout.FormatVersion)
        {
            throw new InvalidDataException($"{directory}: store format {format}, this library reads format {KeyLayout.FormatVersion}");
        }
    }

    private static bool HasAnyKey(Database db)
    {
        using var it = db.NewIterator();
        it.SeekToFirst();
        return it.Valid();
    }

    /// <summary>Opens a reader on a snapshot of the committed state. Dispose it to release the snapshot.</summary>
    public IStoreReader Read()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new RocksDbReader(this);
    }

    /// <summary>Opens the write transaction, waiting while another transaction or bulk load is running.</summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public IStoreWriter Write()
    {
        EnterWriteLock();
        try
        {
            return new RocksDbWriter(this);
        }
        catch
        {
            ExitWriteLock();
            throw;
        }
    }

    internal void EnterWriteLock()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Options.ReadOnly) throw new InvalidOperationException($"{Directory}: the store was opened read-only.");
        _writeLock.Wait();
    }

    internal void ExitWriteLock() => _writeLock.Release();

    private void DeleteTempFolder()
    {
        // Left behind by a bulk load that never committed (a crash): its SST files were never ingested.
        if (System.IO.Directory.Exists(TempFolder)) System.IO.Directory.Delete(TempFolder, recursive: true);
    }

    internal bool IsDisposed => _disposed;

    internal void Track(RocksDbReader reader) => _openReaders.TryAdd(reader, 0);

    internal void Untrack(RocksDbReader reader) => _openReaders.TryRemove(reader, out _);

    /// <summary>Closes the store. Readers and writers still open are released first and throw
    /// <see cref="ObjectDisposedException"/> when used afterwards; an uncommitted transaction is discarded.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var reader in _openReaders.Keys) reader.ReleaseForClose();
        WriteOptions.Dispose();
        Db.Dispose();
    }
}
