namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>Reads <see href="https://www.w3.org/TR/trig/">TriG</see> (Turtle with named graph blocks), streaming each quad to the sink as soon as it is complete.</summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class TriGReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new TurtleParser(input, sink, options ?? new RdfReaderOptions(), trig: true, cancellationToken).Parse();
    }
}
