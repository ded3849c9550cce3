using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>Placeholder until the TurtleReader is written.</summary>
public sealed class TurtleReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not implemented yet.");
}
