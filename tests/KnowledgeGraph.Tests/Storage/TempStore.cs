using KnowledgeGraph.RocksDb;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>A fresh store directory under the temp folder, deleted with the test.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kg-store-test-" + Guid.NewGuid().ToString("N"));
    }

    public string Directory { get; }

    public RocksDbStore Open(RocksDbStoreOptions? options = null) => RocksDbStore.Open(Directory, options ?? new RocksDbStoreOptions { SyncCommits = false });

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
