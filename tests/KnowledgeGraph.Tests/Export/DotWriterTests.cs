using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.TestSupport;
using static KnowledgeGraph.Tests.Export.SampleGraphs;

namespace KnowledgeGraph.Tests.Export;

public class DotWriterTests
{
    [Test]
    public void Ids_are_quoted_and_labels_escaped()
    {
        var g = Story();
        g.Add(E("tricky"), Vocab.Rdfs.Label, En("a \"quoted\" back\\slash\nnew line"));
        g.Add(E("tricky"), D("relatedTo"), E("aws"));
        var dot = Render(w => new DotWriter().Write(g, w));
        dot.Should().StartWith("digraph \"KnowledgeGraph\" {\n").And.EndWith("}\n");
        dot.Should().Contain("label=\"a \\\"quoted\\\" back\\\\slash\\nnew line");
        dot.Should().MatchRegex("\"n\\d+\" -> \"n\\d+\" \\[label=\"dcp:relatedTo\"");
        dot.Should().Contain("dcp_note: says \\\"close to $1B\\\" <reportedly> & more ", "control characters become spaces");
    }

    [Test]
    public void Without_literals_labels_are_single_lines()
    {
        var dot = Render(w => new DotWriter(new GraphExportOptions { IncludeLiterals = false }).Write(Story(), w));
        dot.Should().Contain("[label=\"Deep Graph Library\", fillcolor=");
        dot.Should().NotContain("dcp_note");
    }

    [Test]
    public void Graphviz_renders_the_export_to_svg()
    {
        ExternalTool.Require(ExternalTool.OnPath("dot"), "Graphviz dot", "apt-get install -y graphviz");
        var g = Story();
        g.Add(E("tricky"), Vocab.Rdfs.Label, En("end with a backslash \\"));
        var path = GraphChecker.WriteTemp(Render(w => new DotWriter().Write(g, w)), ".dot");
        var (code, stdout, stderr) = ExternalTool.Run("dot", new[] { "-Tsvg", path });
        code.Should().Be(0, stderr);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("<svg").And.Contain("Deep Graph Library").And.Contain("dcp:developedBy");
        File.Delete(path);
    }
}
