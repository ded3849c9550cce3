using KnowledgeGraph.RocksDb;

namespace KnowledgeGraph.Cli.Storage;

/// <summary>Opens the persistent store of <c>--db DIR</c> with the CLI's error mapping: a missing store or one
/// locked by another process is an I/O error (exit 3) naming DIR.</summary>
internal static class StoreAccess
{
    /// <summary>Opens DIR for writing, creating the store when <paramref name="create"/> (only <c>kg load</c> does).</summary>
    public static RocksDbStore OpenForWriting(CliContext context, string dir, bool create, long? bulkLoadMemory = null)
    {
        var options = new RocksDbStoreOptions { CreateIfMissing = create };
        if (bulkLoadMemory is { } memory) options.BulkLoadMemoryBytes = memory;
        return Open(context, dir, options);
    }

    /// <summary>Opens DIR to read the state committed at this moment; works while another process writes it.</summary>
    public static RocksDbStore OpenForReading(CliContext context, string dir) =>
        Open(context, dir, new RocksDbStoreOptions { ReadOnly = true, CreateIfMissing = false });

    /// <summary>The store in DIR as a dataset (disposing it closes the store): read-only unless <paramref name="write"/>.</summary>
    public static Dataset OpenDataset(CliContext context, string dir, bool write) =>
        new(write ? OpenForWriting(context, dir, create: false) : OpenForReading(context, dir));

    private static RocksDbStore Open(CliContext context, string dir, RocksDbStoreOptions options)
    {
        var full = context.FullPath(dir);
        if (File.Exists(full)) throw new CliIoException(dir, "not a directory (--db names a store directory)");
        try
        {
            return RocksDbStore.Open(full, options);
        }
        catch (StoreNotFoundException e) { throw new CliIoException(dir, "no store here (kg load --db DIR creates one)", e); }
        catch (StoreLockedException e) { throw new CliIoException(dir, "the store is open for writing by another process", e); }
        catch (InvalidDataException e) { throw new CliIoException(dir, e.Message, e); }
        catch (UnauthorizedAccessException e) { throw new CliIoException(dir, "permission denied", e); }
        catch (IOException e) { throw new CliIoException(dir, e.Message, e); }
    }
}
