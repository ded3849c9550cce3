namespace KnowledgeGraph.Storage;

/// <summary>
/// Where a <c>Dataset</c> keeps its quads: the in-memory store by default, or a store from another package (on
/// disk, say). Readers work on snapshots and never block; one write transaction runs at a time.
/// </summary>
/// <remarks>Implementations must be safe to use from several threads at once.</remarks>
public interface IQuadStore : IDisposable
{
    /// <summary>A snapshot of the store as it is now.</summary>
    IStoreReader Read();

    /// <summary>Starts a write transaction, waiting while another one is open.</summary>
    IStoreWriter Write();
}
