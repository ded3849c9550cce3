using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>A streaming parser for one RDF syntax.</summary>
/// <remarks>Thread safety: the library's readers hold no state between calls and may be shared between threads; <c>Read</c> calls the sink on the calling thread, one call at a time.</remarks>
public interface IRdfReader
{
    /// <summary>Parses <paramref name="input"/>, sending each quad and prefix to <paramref name="sink"/> as it is read.</summary>
    /// <exception cref="RdfSyntaxException">The input is not valid; the exception carries line and column.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    void Read(TextReader input, IRdfSink sink, RdfReaderOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>A serializer for one RDF syntax.</summary>
/// <remarks>Thread safety: the library's writers hold no state between calls and may be shared between threads; each call writes to its own destination.</remarks>
public interface IRdfWriter
{
    /// <summary>
    /// Writes <paramref name="quads"/> to <paramref name="output"/> (source, destination, options, cancellation: the order of
    /// every writer in the library). Triple syntaxes reject quads of named graphs. Prefixes to abbreviate with come from
    /// <see cref="RdfWriterOptions.Prefixes"/>.
    /// </summary>
    /// <exception cref="RdfWriteException">The syntax cannot carry some of the data (a named graph for a triple syntax,
    /// a character or name RDF/XML cannot hold); see each writer for what it refuses.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions? options = null, CancellationToken cancellationToken = default);
}
