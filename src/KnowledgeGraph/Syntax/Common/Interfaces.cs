using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>A streaming parser for one RDF syntax.</summary>
public interface IRdfReader
{
    /// <summary>Parses <paramref name="input"/>, sending each quad and prefix to <paramref name="sink"/> as it is read.</summary>
    /// <exception cref="RdfSyntaxException">The input is not valid; the exception carries line and column.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>A serializer for one RDF syntax.</summary>
public interface IRdfWriter
{
    /// <summary>Writes the quads. Triple syntaxes write only the default graph's quads and reject named graphs.</summary>
    void Write(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default);
}
