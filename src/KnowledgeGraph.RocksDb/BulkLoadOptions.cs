using KnowledgeGraph.Model;

namespace KnowledgeGraph.RocksDb;

/// <summary>Settings of one bulk load (<see cref="RocksDbStore.Load(IEnumerable{Quad}, BulkLoadOptions?, CancellationToken)"/>).</summary>
/// <remarks>Thread safety: a plain settings object; fill it in on one thread before the load, which reads it once.</remarks>
public sealed class BulkLoadOptions
{
    /// <summary>The graph that quads without a graph (the triples of triple syntaxes) go into; null (the default)
    /// keeps them in the default graph.</summary>
    public Term? Graph { get; set; }

    /// <summary>Called with the number of quads read so far, every <see cref="ProgressInterval"/> quads and once at
    /// the end, on the loading thread.</summary>
    public Action<long>? Progress { get; set; }

    /// <summary>How many quads between two <see cref="Progress"/> calls (default 100,000).</summary>
    public int ProgressInterval { get; set; } = 100_000;
}
