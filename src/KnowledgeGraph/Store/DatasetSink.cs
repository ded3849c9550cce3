using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Store;

/// <summary>Adds parsed quads to a dataset and records the prefixes in its prefix map.</summary>
internal sealed class DatasetSink : IRdfSink
{
    private readonly Dataset _dataset;

    public DatasetSink(Dataset dataset) => _dataset = dataset;

    public void OnQuad(Quad quad) => _dataset.AddBulk(quad);

    public void OnPrefix(string prefix, string namespaceIri) => _dataset.Prefixes.Add(prefix, namespaceIri);

    public void OnBase(string baseIri) => _dataset.BaseIri ??= baseIri;
}

/// <summary>Adds parsed triples to a graph; quads in a named graph are an error for a graph target unless merged.</summary>
internal sealed class GraphSink : IRdfSink
{
    private readonly Graph _graph;
    private readonly bool _mergeNamedGraphs;

    public GraphSink(Graph graph, bool mergeNamedGraphs = true)
    {
        _graph = graph;
        _mergeNamedGraphs = mergeNamedGraphs;
    }

    public void OnQuad(Quad quad)
    {
        if (quad.Graph is null || _mergeNamedGraphs) _graph.AddBulk(quad.Triple);
    }

    public void OnPrefix(string prefix, string namespaceIri) => _graph.Prefixes.Add(prefix, namespaceIri);

    public void OnBase(string baseIri) => _graph.BaseIri ??= baseIri;
}
