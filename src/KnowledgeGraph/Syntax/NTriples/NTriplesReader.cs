using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>Placeholder until the NTriplesReader is written.</summary>
public sealed class NTriplesReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not implemented yet.");
}
