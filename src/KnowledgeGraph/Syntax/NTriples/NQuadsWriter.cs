using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>Writes <see href="https://www.w3.org/TR/n-quads/">N-Quads</see>, one line per quad as the quads come (streaming).</summary>
/// <remarks>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</remarks>
public sealed class NQuadsWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        var formatter = new NTriplesFormatter(output);
        var checker = new WritableTerms.Checker("N-Quads");
        int untilCheck = 4096;
        foreach (var quad in quads)
        {
            checker.Ensure(quad);
            formatter.WriteStatement(quad, withGraph: true);
            if (--untilCheck == 0)
            {
                untilCheck = 4096;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        formatter.Flush();
    }
}
