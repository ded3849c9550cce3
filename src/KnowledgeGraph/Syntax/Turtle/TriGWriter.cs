using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// Writes pretty, deterministic <see href="https://www.w3.org/TR/trig/">TriG</see>: the default graph first, then each
/// named graph in a <c>name { … }</c> block, in term order, with the same layout as <see cref="TurtleWriter"/>.
/// </summary>
public sealed class TriGWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        new TurtleFormatter(output, quads, prefixes, options, trig: true, cancellationToken).Write();
    }
}
