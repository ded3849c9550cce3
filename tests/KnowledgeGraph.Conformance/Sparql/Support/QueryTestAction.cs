using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// The <c>mf:action</c> of a query test: the query file, <c>qt:data</c> merged into the default graph, and each
/// <c>qt:graphData</c> as a named graph named by the file's own IRI. Files are read with their published IRI as base.
/// </summary>
internal sealed class QueryTestAction
{
    private QueryTestAction(string queryPath, IReadOnlyList<string> data, IReadOnlyList<string> graphData)
    {
        QueryPath = queryPath;
        Data = data;
        GraphData = graphData;
    }

    public string QueryPath { get; }

    public string QueryIri => W3cManifests.IriOf(QueryPath);

    public IReadOnlyList<string> Data { get; }

    public IReadOnlyList<string> GraphData { get; }

    public static QueryTestAction Of(ManifestTest test)
    {
        var action = test.Action ?? throw new InvalidOperationException("The test has no mf:action.");
        var query = test.Object(ManifestTest.Qt + "query", action) ?? throw new InvalidOperationException("The action has no qt:query.");
        var data = test.Objects(ManifestTest.Qt + "data", action).Select(ManifestTest.LocalPath).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var graphData = test.Objects(ManifestTest.Qt + "graphData", action).Select(ManifestTest.LocalPath).OrderBy(p => p, StringComparer.Ordinal).ToList();
        return new QueryTestAction(ManifestTest.LocalPath(query), data, graphData);
    }

    public string ReadQuery()
    {
        using var reader = RdfInput.OpenFile(QueryPath);
        return reader.ReadToEnd();
    }

    public Dataset LoadDataset()
    {
        var dataset = new Dataset();
        foreach (var path in Data) dataset.LoadFile(path, null, W3cManifests.IriOf(path));
        foreach (var path in GraphData)
        {
            var iri = W3cManifests.IriOf(path);
            dataset.GetOrCreateGraph(NamedNode.CreateUnchecked(iri)).Merge(Graph.Load(path, null, iri));
        }
        return dataset;
    }

    /// <summary>Loads a graph named in FROM / FROM NAMED from the suite's local copy; null for IRIs outside the suites.</summary>
    public static Graph? ResolveGraph(NamedNode iri)
    {
        string path;
        try
        {
            path = W3cManifests.LocalPath(iri.Value);
        }
        catch (ArgumentException)
        {
            return null;
        }
        return File.Exists(path) ? Graph.Load(path, null, iri.Value) : null;
    }
}
