using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>Placeholder until the RdfXmlReader is written.</summary>
public sealed class RdfXmlReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not implemented yet.");
}
