using KnowledgeGraph.Domain;
using KnowledgeGraph.Export;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// Renders <c>docs/story-graph.png</c>, the picture of the story graph in the README, with Debian's Graphviz
/// (<c>sfdp</c>). Explicit, because it writes into the repository:
/// <c>dotnet test tests/KnowledgeGraph.Tests --filter Name=Render_docs_story_graph_png</c>.
/// </summary>
public class StoryGraphPicture
{
    /// <summary>What the picture shows: actors, events and places with English labels. Left out: literals, claims and
    /// the article and sources they link (provenance), time and quantity nodes (their values are literals), and the
    /// classification links (status, event type, topic, Wikidata sameAs) that would pull every event into one knot.</summary>
    internal static GraphExportOptions PictureOptions() => new()
    {
        Language = "en",
        IncludeLiterals = false,
        ExcludedClasses = new HashSet<string>
        {
            "dcp:Claim", "dcp:NewsArticle", "dcp:AnonymousSource", "dcp:Quantity", "time:Instant", "time:Interval",
        },
        ExcludedPredicates = new HashSet<string> { "schema:sameAs", "dcp:status", "dcp:eventType", "dcp:concerns" },
    };

    [Test, Explicit("writes docs/story-graph.png")]
    public void Render_docs_story_graph_png()
    {
        ExternalTool.Require(ExternalTool.OnPath("sfdp"), "Graphviz sfdp", "apt-get install -y graphviz");
        var dot = SampleGraphs.Render(w => new DotWriter(PictureOptions()).Write(DecouplingGraph.Load(), w));
        var dotPath = GraphChecker.WriteTemp(dot, ".dot");
        var png = Path.Combine(Paths.Repo, "docs", "story-graph.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        var (code, _, stderr) = ExternalTool.Run("sfdp", new[]
        {
            "-Tpng", "-Goverlap=prism", "-Gsplines=true", "-Gdpi=110", "-Gsep=+6", "-Gbgcolor=white", "-o", png, dotPath,
        });
        code.Should().Be(0, stderr);
        new FileInfo(png).Length.Should().BeGreaterThan(10_000);
        File.Delete(dotPath);
    }

    [Test]
    public void Picture_source_renders_with_graphviz()
    {
        ExternalTool.Require(ExternalTool.OnPath("sfdp"), "Graphviz sfdp", "apt-get install -y graphviz");
        var dot = SampleGraphs.Render(w => new DotWriter(PictureOptions()).Write(DecouplingGraph.Load(), w));
        dot.Should().Contain("Amazon Web Services").And.Contain("Deep Graph Library").And.NotContain("Q456157");
        var dotPath = GraphChecker.WriteTemp(dot, ".dot");
        var (code, stdout, stderr) = ExternalTool.Run("sfdp", new[] { "-Tsvg", "-Goverlap=prism", dotPath });
        code.Should().Be(0, stderr);
        stdout.Should().Contain("<svg");
        File.Delete(dotPath);
    }
}
