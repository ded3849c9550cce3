using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// Writes pretty, deterministic <see href="https://www.w3.org/TR/trig/">TriG</see>: the default graph first, then each
/// named graph in a <c>name { … }</c> block, in term order, with the same layout as <see cref="TurtleWriter"/>.
/// </summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class TriGWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prefixes = options?.Prefixes;
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        new TurtleFormatter(output, quads, prefixes, options, trig: true, cancellationToken).Write();
    }
}
