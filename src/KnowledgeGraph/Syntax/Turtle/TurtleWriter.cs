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
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class TurtleWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prefixes = options?.Prefixes;
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        new TurtleFormatter(output, quads, prefixes, options, trig: false, cancellationToken).Write();
    }
}
