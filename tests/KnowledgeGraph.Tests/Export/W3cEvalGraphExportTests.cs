using System.Text.RegularExpressions;
using KnowledgeGraph.Export;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// Exports real-world-shaped RDF — the expected-result graphs of the W3C Turtle evaluation tests (IRI resolution,
/// lists, blank nodes, escapes, every literal form) — and has the shared checker read every export with xmllint,
/// networkx, igraph and graphology. The dozen largest files are used, so the run stays short.
/// </summary>
public class W3cEvalGraphExportTests
{
    private static IEnumerable<TestCaseData> EvalGraphs() => Largest(12);

    /// <summary>GEXF shares the node/edge logic checked above; half the files keep the suite's run time down.</summary>
    private static IEnumerable<TestCaseData> SomeEvalGraphs() => Largest(6);

    private static IEnumerable<TestCaseData> Largest(int count)
    {
        var dir = Path.Combine(Paths.W3c, "rdf-turtle");
        if (!Directory.Exists(dir))
        {
            yield return SharedData.MissingSuiteCase("conformance/w3c/rdf-turtle", "the W3C Turtle test suite", "(missing)");
            yield break;
        }
        foreach (var file in Directory.GetFiles(dir, "*.nt").OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).Take(count))
            yield return new TestCaseData(Path.GetFileName(file)).SetName("Export " + Path.GetFileName(file));
    }

    private static Graph Load(string name)
    {
        var path = Path.Combine(Paths.W3c, "rdf-turtle", name);
        SharedData.Require("conformance/w3c/rdf-turtle/" + name, "the W3C Turtle evaluation graph");
        var graph = Graph.Load(path, RdfFormat.NTriples);
        graph.Prefixes.Add("ex", "http://www.w3.org/2013/TurtleTests/");
        return graph;
    }

    [TestCaseSource(nameof(EvalGraphs))]
    public void GraphMl_export_passes_the_checker(string name)
    {
        var graph = Load(name);
        var text = SampleGraphs.Render(w => new GraphMlWriter().Write(graph, w));
        AssertCountsAgree(GraphChecker.Check(GraphChecker.WriteTemp(text, ".graphml")), text);
    }

    [TestCaseSource(nameof(SomeEvalGraphs))]
    public void Gexf_export_passes_the_checker(string name)
    {
        var graph = Load(name);
        var text = SampleGraphs.Render(w => new GexfWriter(new GexfOptions { Dynamic = true }).Write(graph, w));
        AssertCountsAgree(GraphChecker.Check(GraphChecker.WriteTemp(text, ".gexf")), text);
    }

    /// <summary>The readers must also agree with what we meant to write.</summary>
    private static void AssertCountsAgree(string checkerOutput, string text)
    {
        int nodes = Regex.Matches(text, "<node ").Count, edges = Regex.Matches(text, "<edge ").Count;
        checkerOutput.Should().Contain($"nodes={nodes} edges={edges}");
    }
}
