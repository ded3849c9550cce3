using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>Receives what a reader parses, as it parses it, so input of any size streams through in constant memory.</summary>
/// <remarks>Thread safety: a reader calls its sink from the reading thread, one call at a time, so an implementation need not be thread-safe unless it is shared by several readers.</remarks>
public interface IRdfSink
{
    /// <summary>A quad (with a null graph for triples of the default graph).</summary>
    void OnQuad(Quad quad);

    /// <summary>A prefix declaration, for writers that want to reuse it.</summary>
    void OnPrefix(string prefix, string namespaceIri);

    /// <summary>A base IRI declaration (already resolved).</summary>
    void OnBase(string baseIri);
}

/// <summary>A sink that calls a delegate for each quad and ignores prefixes.</summary>
/// <remarks>Thread safety: calls its delegates on the reading thread, one call at a time; the delegates need not be thread-safe unless the sink is shared between readers.</remarks>
public sealed class DelegateSink : IRdfSink
{
    private readonly Action<Quad> _onQuad;

    /// <summary>Creates the sink.</summary>
    public DelegateSink(Action<Quad> onQuad) => _onQuad = onQuad ?? throw new ArgumentNullException(nameof(onQuad));

    /// <inheritdoc />
    public void OnQuad(Quad quad) => _onQuad(quad);

    /// <inheritdoc />
    public void OnPrefix(string prefix, string namespaceIri) { }

    /// <inheritdoc />
    public void OnBase(string baseIri) { }
}
