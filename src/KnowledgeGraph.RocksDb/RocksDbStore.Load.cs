using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.RocksDb;

public sealed partial class RocksDbStore
{
    /// <summary>
    /// Starts a bulk load fed quad by quad: pass the loader as the sink of any <see cref="IRdfReader"/>, then call
    /// <see cref="BulkLoader.Commit"/> and dispose it. Waits for the write lock, which the loader holds until disposed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public BulkLoader BeginLoad(BulkLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        new(this, options, cancellationToken);

    /// <summary>
    /// Bulk-loads quads as one transaction: they all become visible at once when the load finishes, or none does if
    /// it fails, is cancelled or the process dies. Memory stays within <see cref="RocksDbStoreOptions.BulkLoadMemoryBytes"/>
    /// whatever the input's size. Blank nodes are given labels unique to this load. Waits for the write lock.
    /// </summary>
    /// <returns>The number of quads read (duplicates and quads already stored included).</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing was loaded.</exception>
    public long Load(IEnumerable<Quad> quads, BulkLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        using var loader = new BulkLoader(this, options, cancellationToken);
        foreach (var quad in quads) loader.OnQuad(quad);
        loader.Commit();
        return loader.Count;
    }

    /// <summary>Bulk-loads RDF text in <paramref name="format"/> as one transaction, streaming it through the parser;
    /// see <see cref="Load(IEnumerable{Quad}, BulkLoadOptions?, CancellationToken)"/>.</summary>
    /// <exception cref="RdfSyntaxException">The input is not valid; nothing was loaded.</exception>
    public long Load(TextReader input, RdfFormat format, RdfReaderOptions? readerOptions = null, BulkLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(format);
        using var loader = new BulkLoader(this, options, cancellationToken);
        format.CreateReader().Read(input, loader, readerOptions, cancellationToken);
        loader.Commit();
        return loader.Count;
    }

    /// <summary>Bulk-loads a file as one transaction; the format comes from the extension unless given, and the
    /// base IRI defaults to the file's own <c>file:</c> IRI.</summary>
    /// <exception cref="ArgumentException">The format cannot be told from the extension.</exception>
    /// <exception cref="RdfSyntaxException">The file is not valid; nothing was loaded.</exception>
    public long LoadFile(string path, RdfFormat? format = null, BulkLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        format ??= RdfFormat.FromPath(path) ?? throw new ArgumentException($"Cannot tell the RDF format of '{path}' from its extension.", nameof(path));
        using var reader = RdfInput.OpenFile(path);
        return Load(reader, format, new RdfReaderOptions { BaseIri = RdfInput.FileIri(Path.GetFullPath(path)), SourceName = path }, options, cancellationToken);
    }
}
