using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>The store a parameterised fixture runs its datasets on.</summary>
public enum StoreKind
{
    /// <summary>The in-memory store of <c>new Dataset()</c>.</summary>
    Memory,

    /// <summary>A <see cref="RocksDbStore"/> in a fresh temporary directory.</summary>
    RocksDb,
}

/// <summary>
/// Makes the datasets of one test on the store of the fixture's <see cref="StoreKind"/>, so the same test checks
/// both stores; disposing closes them and deletes their directories.
/// </summary>
internal sealed class TestDatasets(StoreKind kind) : IDisposable
{
    private readonly List<(Dataset Dataset, TempStore? Directory)> _made = [];

    /// <summary>An empty dataset.</summary>
    public Dataset Create()
    {
        if (kind == StoreKind.Memory) return Keep(new Dataset(), null);
        var directory = new TempStore();
        return Keep(RocksDbStore.OpenDataset(directory.Directory, new RocksDbStoreOptions { SyncCommits = false }), directory);
    }

    /// <summary>A dataset holding what <paramref name="text"/> says, named graphs (empty ones too) in their order.</summary>
    public Dataset Parse(string text, RdfFormat format) => CopyOf(Dataset.Parse(text, format));

    /// <summary>A dataset holding the quads and named graphs of <paramref name="source"/>.</summary>
    public Dataset CopyOf(Dataset source)
    {
        if (kind == StoreKind.Memory) return Keep(source, null);
        var copy = Create();
        foreach (var name in source.GraphNames) copy.GetOrCreateGraph(name);
        copy.Batch(batch =>
        {
            foreach (var quad in source) batch.Add(quad);
        });
        return copy;
    }

    /// <summary>A graph: the default graph of a new dataset.</summary>
    public Graph Graph() => Create().DefaultGraph;

    private Dataset Keep(Dataset dataset, TempStore? directory)
    {
        _made.Add((dataset, directory));
        return dataset;
    }

    public void Dispose()
    {
        foreach (var (dataset, directory) in _made)
        {
            dataset.Dispose();
            directory?.Dispose();
        }
        _made.Clear();
    }
}
