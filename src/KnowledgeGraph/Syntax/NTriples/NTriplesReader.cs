namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>Reads <see href="https://www.w3.org/TR/n-triples/">N-Triples</see> strictly (absolute IRIs, one triple per line), streaming each triple to the sink.</summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class NTriplesReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new NTriplesParser(input, sink, options ?? new RdfReaderOptions(), quads: false, cancellationToken).Parse();
    }
}
