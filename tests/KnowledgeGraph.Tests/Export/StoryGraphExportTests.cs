using System.Xml.Linq;
using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

/// <summary>Exports of the decoupling story graph: every format and option the CLI offers passes the shared checker,
/// and the dynamic GEXF plays the story as a timeline.</summary>
public class StoryGraphExportTests
{
    private static readonly Lazy<Graph> s_story = new(DecouplingGraph.Load);
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    private static IEnumerable<TestCaseData> Exports()
    {
        yield return new TestCaseData(".graphml", (Action<Graph, TextWriter>)((g, w) => new GraphMlWriter().Write(g, w))).SetName("Story GraphML en");
        yield return new TestCaseData(".graphml", (Action<Graph, TextWriter>)((g, w) =>
            new GraphMlWriter(new GraphExportOptions { Language = "zh-Hans" }).Write(g, w))).SetName("Story GraphML zh-Hans");
        yield return new TestCaseData(".graphml", (Action<Graph, TextWriter>)((g, w) =>
            new GraphMlWriter(new GraphExportOptions { IncludeLiterals = false, ExcludedClasses = new HashSet<string> { "dcp:Claim" } }).Write(g, w)))
            .SetName("Story GraphML without literals and claims");
        yield return new TestCaseData(".gexf", (Action<Graph, TextWriter>)((g, w) => new GexfWriter().Write(g, w))).SetName("Story GEXF 1.3");
        yield return new TestCaseData(".gexf", (Action<Graph, TextWriter>)((g, w) => new GexfWriter(new GexfOptions { Dynamic = true }).Write(g, w))).SetName("Story GEXF 1.3 dynamic");
        yield return new TestCaseData(".gexf", (Action<Graph, TextWriter>)((g, w) =>
            new GexfWriter(new GexfOptions { Dynamic = true, Version = GexfVersion.V1_2Draft, Language = "zh-Hans" }).Write(g, w))).SetName("Story GEXF 1.2draft dynamic zh-Hans");
    }

    [TestCaseSource(nameof(Exports))]
    public void Export_passes_the_graph_export_checker(string extension, Action<Graph, TextWriter> write)
    {
        var text = SampleGraphs.Render(w => write(s_story.Value, w));
        var output = GraphChecker.Check(GraphChecker.WriteTemp(text, extension));
        int nodes = System.Text.RegularExpressions.Regex.Matches(text, "<node ").Count;
        int edges = System.Text.RegularExpressions.Regex.Matches(text, "<edge ").Count;
        output.Should().Contain($"nodes={nodes} edges={edges}");
    }

    [Test]
    public void Dynamic_gexf_gives_the_story_events_their_times()
    {
        var doc = XDocument.Parse(SampleGraphs.Render(w => new GexfWriter(new GexfOptions { Dynamic = true }).Write(s_story.Value, w)));
        XElement Node(string id) => doc.Descendants(Gexf + "node").Single(n => n.Descendants(Gexf + "attvalue")
            .Any(a => (string?)a.Attribute("for") == "iri" && (string?)a.Attribute("value") == Dcp.Resource(id).Value));
        Node("aws-shanghai-ai-lab-founding").Attribute("start")!.Value.Should().Be("2018-01-01", "autumn 2018 is stored as the gYear 2018");
        var cutoff = Node("openai-china-api-cutoff");
        cutoff.Attribute("start")!.Value.Should().Be("2025-07-01", "from July 2025");
        cutoff.Attribute("end").Should().BeNull("the cut-off has no end");
        var events = doc.Descendants(Gexf + "node").Where(n => n.Descendants(Gexf + "attvalue").Any(a =>
            (string?)a.Attribute("for") == "types" && ((string)a.Attribute("value")!).Split(' ').Any(t => t is "dcp:Founding" or "dcp:Event" or "dcp:ServiceRestriction")));
        events.Where(e => e.Attribute("start") is not null).Should().HaveCountGreaterThanOrEqualTo(2);
        Node("aws").Attribute("start").Should().BeNull("organizations have no time in the story");
    }

    [Test]
    public void Labels_are_english_or_chinese()
    {
        var en = SampleGraphs.Render(w => new GraphMlWriter().Write(s_story.Value, w));
        var zh = SampleGraphs.Render(w => new GraphMlWriter(new GraphExportOptions { Language = "zh-Hans" }).Write(s_story.Value, w));
        en.Should().Contain("<data key=\"label\">Deep Graph Library</data>");
        zh.Should().Contain("<data key=\"label\">深度图库</data>");
    }
}
