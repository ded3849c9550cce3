using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>Placeholder until the NTriplesWriter is written.</summary>
public sealed class NTriplesWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not implemented yet.");
}
