using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// A graph store state of an update test (the <c>mf:action</c> before, the <c>mf:result</c> after): <c>ut:data</c> files
/// make the default graph, each <c>ut:graphData [ ut:graph FILE ; rdfs:label IRI ]</c> a named graph (empty ones too).
/// </summary>
public sealed class UpdateTestState
{
    private const string RdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

    private UpdateTestState(IReadOnlyList<string> data, IReadOnlyList<(string Name, string Path)> graphs)
    {
        Data = data;
        Graphs = graphs;
    }

    /// <summary>Files of the default graph.</summary>
    public IReadOnlyList<string> Data { get; }

    /// <summary>Named graphs: their IRI and their file.</summary>
    public IReadOnlyList<(string Name, string Path)> Graphs { get; }

    /// <summary>The state described under <paramref name="node"/> (an action or a result node).</summary>
    public static UpdateTestState Of(ManifestTest test, Term? node)
    {
        if (node is null) return new UpdateTestState(Array.Empty<string>(), Array.Empty<(string, string)>());
        var data = test.Objects(ManifestTest.Ut + "data", node).Select(ManifestTest.LocalPath).ToList();
        var graphs = new List<(string, string)>();
        foreach (var g in test.Objects(ManifestTest.Ut + "graphData", node))
        {
            var file = test.Object(ManifestTest.Ut + "graph", g) ?? throw new InvalidOperationException("ut:graphData without ut:graph.");
            var name = test.Literal(RdfsLabel, g) ?? throw new InvalidOperationException("ut:graphData without rdfs:label.");
            graphs.Add((name, ManifestTest.LocalPath(file)));
        }
        return new UpdateTestState(data, graphs);
    }

    /// <summary>The local path of the test's <c>ut:request</c>.</summary>
    public static string RequestOf(ManifestTest test) =>
        ManifestTest.LocalPath(test.Object(ManifestTest.Ut + "request", test.Action) ?? throw new InvalidOperationException("The action has no ut:request."));

    /// <summary>The state as a dataset; files are read with their published IRI as base.</summary>
    public Dataset Load()
    {
        var dataset = new Dataset();
        foreach (var path in Data) dataset.LoadFile(path, null, W3cManifests.IriOf(path));
        foreach (var (name, path) in Graphs)
            dataset.GetOrCreateGraph(NamedNode.CreateUnchecked(name)).Merge(Graph.Load(path, null, W3cManifests.IriOf(path)));
        return dataset;
    }

    /// <summary>
    /// Null when <paramref name="actual"/> is the expected dataset: the same quads up to blank-node renaming, and the
    /// same named graphs, counting empty ones (CLEAR keeps a graph, DROP removes it) unless
    /// <paramref name="countEmptyGraphs"/> is false (for datasets read back from TriG or N-Quads, which have no way to
    /// write a graph without triples). Else what differs.
    /// </summary>
    public static string? Compare(Dataset expected, Dataset actual, bool countEmptyGraphs = true)
    {
        List<string> Names(Dataset d) => d.NamedGraphs.Where(g => countEmptyGraphs || g.Count > 0)
            .Select(g => g.Name!.ToString()).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var expectedNames = Names(expected);
        var actualNames = Names(actual);
        if (!expected.IsIsomorphicWith(actual))
            return $"The datasets differ.\nexpected:\n{Dump(expected)}\nactual:\n{Dump(actual)}";
        if (!expectedNames.SequenceEqual(actualNames))
            return $"The named graphs differ: expected [{string.Join(", ", expectedNames)}], actual [{string.Join(", ", actualNames)}].";
        return null;
    }

    private static string Dump(Dataset d) =>
        string.Join("\n", d.Select(q => q.ToString()).OrderBy(s => s, StringComparer.Ordinal));
}
