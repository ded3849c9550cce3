namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>Reads <see href="https://www.w3.org/TR/turtle/">Turtle</see>, streaming each triple to the sink as soon as it is complete. Relative IRIs resolve against <see cref="RdfReaderOptions.BaseIri"/> and <c>@base</c>; errors are <see cref="RdfSyntaxException"/>s with line and column.</summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class TurtleReader : IRdfReader
{
    /// <inheritdoc />
    public void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        new TurtleParser(input, sink, options ?? new RdfReaderOptions(), trig: false, cancellationToken).Parse();
    }
}
