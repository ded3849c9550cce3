using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.NTriples;

/// <summary>
/// An <see cref="IRdfSink"/> that writes each quad in <see href="https://www.w3.org/TR/n-triples/">N-Triples</see> or
/// <see href="https://www.w3.org/TR/n-quads/">N-Quads</see> the moment a reader delivers it, so converting between
/// streaming syntaxes (<c>reader.Read(input, new NTriplesSink(output, …))</c>) holds no more than one statement and a
/// write buffer, whatever the size of the input. Statements are written as they come: a duplicate in the input is
/// a duplicate line in the output (the same RDF graph), and blank nodes keep the labels the reader gave them (with
/// <see cref="RdfReaderOptions.PreserveBlankNodeLabels"/>, the document's own).
/// </summary>
/// <remarks>Not thread-safe: one reader feeds one sink. Call <see cref="Flush"/> when the reader returns.</remarks>
public sealed class NTriplesSink : IRdfSink
{
    private readonly NTriplesFormatter _formatter;
    private readonly bool _writeGraphs;
    private long _count;

    /// <summary>Creates a sink writing to <paramref name="output"/>.</summary>
    /// <param name="output">Where the statements go; buffered here, so call <see cref="Flush"/> at the end.</param>
    /// <param name="writeGraphs">True writes N-Quads (a named graph's quads carry its name); false writes N-Triples,
    /// and a quad in a named graph is an <see cref="RdfWriteException"/>, never silently dropped.</param>
    public NTriplesSink(TextWriter output, bool writeGraphs)
    {
        ArgumentNullException.ThrowIfNull(output);
        _formatter = new NTriplesFormatter(output);
        _writeGraphs = writeGraphs;
    }

    /// <summary>Statements written so far (read it from another thread for a progress display: a 64-bit read is atomic).</summary>
    public long Count => Volatile.Read(ref _count);

    /// <inheritdoc />
    public void OnQuad(Quad quad)
    {
        if (quad.Graph is not null && !_writeGraphs)
        {
            _formatter.Flush();
            throw new RdfWriteException("N-Triples", $"N-Triples cannot hold the named graph {quad.Graph}; write N-Quads or TriG instead.");
        }
        _formatter.WriteStatement(quad, _writeGraphs);
        Volatile.Write(ref _count, _count + 1);
    }

    /// <summary>Prefixes have no place in N-Triples: ignored.</summary>
    public void OnPrefix(string prefix, string namespaceIri) { }

    /// <summary>IRIs arrive resolved: ignored.</summary>
    public void OnBase(string baseIri) { }

    /// <summary>Writes what is buffered to the output (it does not flush the output itself).</summary>
    public void Flush() => _formatter.Flush();
}
