namespace KnowledgeGraph.Storage;

/// <summary>
/// A quad store read and written through term ids: the default graph plus named graphs, each a set of triples.
/// Implementations are safe to use from several threads: any number of readers, each on its own snapshot, and one
/// writer at a time.
/// </summary>
public interface IQuadStore : IDisposable
{
    /// <summary>Opens a reader on a snapshot of the committed state.</summary>
    IStoreReader Read();

    /// <summary>Opens the write transaction, waiting while another one is open.</summary>
    IStoreWriter Write();
}
