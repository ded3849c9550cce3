using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.RocksDb;

public sealed partial class RocksDbStore
{
    /// <summary>
    /// Every quad of one snapshot, streamed: the default graph's triples, then each named graph's, each in subject
    /// order. Memory stays small whatever the store's size. The snapshot is released when the enumeration ends.
    /// </summary>
    public IEnumerable<Quad> Quads(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var reader = new RocksDbReader(this);
        foreach (int graph in (int[])[0, .. reader.NamedGraphIds])
        {
            var name = graph == 0 ? null : reader.GetTerm(graph);
            foreach (var t in reader.Scan(graph, 0, 0, 0))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new Quad(reader.GetTerm(t.S), (NamedNode)reader.GetTerm(t.P), reader.GetTerm(t.O), name);
            }
        }
    }

    /// <summary>
    /// Writes the whole store (one snapshot) in <paramref name="format"/>, normally N-Quads or TriG; reading the output
    /// back gives the same dataset (isomorphic: blank node labels may differ). Empty named graphs are not written,
    /// since no RDF syntax can hold them.
    /// </summary>
    public void Dump(TextWriter output, RdfFormat format, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(format);
        format.CreateWriter().Write(Quads(cancellationToken), output, options, cancellationToken);
    }
}
