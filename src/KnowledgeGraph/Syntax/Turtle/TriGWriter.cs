using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>Placeholder until the TriGWriter is written.</summary>
public sealed class TriGWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not implemented yet.");
}
