using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>Placeholder until the JsonLdWriter is written.</summary>
public sealed class JsonLdWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not implemented yet.");
}
