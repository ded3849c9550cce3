using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Writes a graph as <see href="https://www.w3.org/TR/rdf-syntax-grammar/">RDF/XML</see>: one
/// <c>rdf:Description</c> (or typed node element) per subject, IRIs first, then blank nodes (as
/// <c>rdf:nodeID</c>), each with its properties in a fixed order, so the same triples always give the same bytes.
/// Namespaces come from the prefix map; namespaces it lacks get generated prefixes (<c>ns1</c>, …).
/// </summary>
/// <remarks>
/// Throws <see cref="RdfWriteException"/> (before anything is written) for what RDF/XML cannot express: a quad in a named graph, a predicate IRI
/// that does not end in an XML name (e.g. <c>http://example.org/p/</c>), predicates such as <c>rdf:li</c> or
/// <c>rdf:about</c> that the syntax reserves, and characters XML 1.0 forbids.
/// <para>Thread safety: holds no state between calls; one instance may write or read on several threads at once, each call with its own input and output.</para>
/// </remarks>
public sealed class RdfXmlWriter : IRdfWriter
{
    /// <inheritdoc />
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prefixes = options?.Prefixes;
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(quads);
        options ??= new RdfWriterOptions();
        var seen = new HashSet<Triple>();
        var triples = new List<Triple>();
        int count = 0;
        foreach (var quad in WritableTerms.Checked(quads, "RDF/XML"))
        {
            if ((++count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (quad.Graph is not null)
                throw new RdfWriteException("RDF/XML", $"RDF/XML holds a single graph; cannot write a quad of the named graph {ErrorText.Quote(quad.Graph.ToString())}.");
            if (seen.Add(quad.Triple)) triples.Add(quad.Triple);
        }
        seen.Clear();
        new RdfXmlSerializer(output, prefixes, options, cancellationToken).Write(triples);
    }
}
