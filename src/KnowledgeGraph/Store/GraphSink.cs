using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Store;

/// <summary>
/// An <see cref="IRdfSink"/> that adds parsed triples to a graph and records the prefixes in its prefix map: the
/// target to give an <see cref="IRdfReader"/> you drive yourself. Quads of named graphs (TriG, N-Quads) are merged
/// into the graph unless the sink is told to drop them. Triples are queued for the graph's next index merge, which
/// its next read performs. Like the graph, not thread-safe: one reader writes to it at a time.
/// </summary>
public sealed class GraphSink : IRdfSink
{
    private readonly Graph _graph;
    private readonly bool _mergeNamedGraphs;

    /// <summary>A sink that adds to <paramref name="graph"/>; with <paramref name="mergeNamedGraphs"/> false, quads
    /// of named graphs are ignored and only the default graph's triples are added.</summary>
    public GraphSink(Graph graph, bool mergeNamedGraphs = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _mergeNamedGraphs = mergeNamedGraphs;
    }

    /// <inheritdoc />
    public void OnQuad(Quad quad)
    {
        if (quad.Graph is null || _mergeNamedGraphs) _graph.AddBulk(quad.Triple);
    }

    /// <inheritdoc />
    public void OnPrefix(string prefix, string namespaceIri) => _graph.Prefixes.Add(prefix, namespaceIri);

    /// <summary>Keeps the first base IRI the input declares as the graph's <see cref="Graph.BaseIri"/>.</summary>
    public void OnBase(string baseIri) => _graph.BaseIri ??= baseIri;
}
