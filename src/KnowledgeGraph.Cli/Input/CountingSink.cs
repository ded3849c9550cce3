using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Input;

/// <summary>Passes everything on to another sink and counts the quads, for the progress display.</summary>
internal sealed class CountingSink : IRdfSink
{
    private readonly IRdfSink _inner;
    private long _count;

    public CountingSink(IRdfSink inner) => _inner = inner;

    /// <summary>Quads seen so far; read from the progress timer's thread (a 64-bit read is atomic).</summary>
    public long Count => Volatile.Read(ref _count);

    public void OnQuad(Quad quad)
    {
        _count++;
        _inner.OnQuad(quad);
    }

    public void OnPrefix(string prefix, string namespaceIri) => _inner.OnPrefix(prefix, namespaceIri);

    public void OnBase(string baseIri) => _inner.OnBase(baseIri);
}
