namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>Reads <see href="https://www.w3.org/TR/n-quads/">N-Quads</see> strictly (absolute IRIs, one quad per line), streaming each quad to the sink.</summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class NQuadsReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new NTriplesParser(input, sink, options ?? new RdfReaderOptions(), quads: true, cancellationToken).Parse();
    }
}
