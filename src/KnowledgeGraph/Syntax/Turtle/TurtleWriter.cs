using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// Writes pretty, deterministic <see href="https://www.w3.org/TR/turtle/">Turtle</see>: the same graph gives the same
/// bytes whatever the insertion order. Only the prefixes used are declared; subjects are sorted, <c>a</c> stands
/// for rdf:type, predicate and object lists use ';' and ',', blank nodes used once are written inline as
/// <c>[ … ]</c>, well-formed lists as <c>( … )</c>, numbers and booleans in shorthand, multi-line strings in
/// triple quotes. A quad in a named graph throws <see cref="InvalidOperationException"/> (use TriG) before
/// anything is written, so no data is silently dropped.
/// </summary>
public sealed class TurtleWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(TextWriter output, IEnumerable<Quad> quads, PrefixMap? prefixes = null, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        new TurtleFormatter(output, quads, prefixes, options, trig: false, cancellationToken).Write();
    }
}
