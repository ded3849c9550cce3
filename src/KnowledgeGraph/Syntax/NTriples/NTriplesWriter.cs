using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>Writes <see href="https://www.w3.org/TR/n-triples/">N-Triples</see>, one line per triple as the triples come (streaming). A quad in a named graph is an error, never silently dropped.</summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class NTriplesWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        var formatter = new NTriplesFormatter(output);
        var checker = new WritableTerms.Checker("N-Triples");
        int untilCheck = 4096;
        foreach (var quad in quads)
        {
            if (quad.Graph is not null)
            {
                formatter.Flush();
                throw new RdfWriteException("N-Triples", $"N-Triples cannot hold the named graph {quad.Graph}; write N-Quads or TriG instead.");
            }
            checker.Ensure(quad);
            formatter.WriteStatement(quad, withGraph: false);
            if (--untilCheck == 0)
            {
                untilCheck = 4096;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        formatter.Flush();
    }
}
