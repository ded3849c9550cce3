using System.Globalization;
using System.Xml.Linq;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Export.SampleGraphs;

namespace KnowledgeGraph.Tests.Export;

public class SvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Draw(KnowledgeGraph.Graph graph, SvgOptions? options = null) =>
        Render(w => new SvgWriter(options).Write(graph, w));

    private static XDocument Parse(string svg) => XDocument.Parse(svg);

    private static List<XElement> Nodes(XDocument doc) =>
        doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").ToList();

    private static XElement NodeByIri(XDocument doc, string iri) => Nodes(doc).Single(n => (string?)n.Attribute("data-iri") == iri);

    private static string Label(XElement node) => node.Element(Svg + "text")!.Value;

    private static double Num(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Test]
    public void Every_resource_is_a_labelled_node_coloured_by_its_class_with_a_legend()
    {
        var doc = Parse(Draw(Story()));
        doc.Root!.Name.Should().Be(Svg + "svg");
        Label(NodeByIri(doc, Ex + "aws")).Should().Be("Amazon Web Services");
        Label(NodeByIri(doc, Ex + "dgl")).Should().Be("Deep Graph Library");
        NodeByIri(doc, Ex + "aws-shanghai-lab").Attribute("data-class")!.Value.Should().Be("dcp:ResearchLab", "the most specific class colours the node");
        var legend = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend")
            .Elements(Svg + "text").Select(t => t.Value).ToList();
        legend.Should().Contain(["dcp:Company", "dcp:ResearchLab", "dcp:SoftwareProject"]);
        var awsFill = NodeByIri(doc, Ex + "aws").Element(Svg + "circle")!.Attribute("fill")!.Value;
        var amazonFill = NodeByIri(doc, Ex + "amazon").Element(Svg + "circle")!.Attribute("fill")!.Value;
        var dglFill = NodeByIri(doc, Ex + "dgl").Element(Svg + "circle")!.Attribute("fill")!.Value;
        awsFill.Should().Be(amazonFill, "both are companies").And.NotBe(dglFill);
        doc.Descendants(Svg + "line").Should().NotBeEmpty("object-valued triples are drawn as arrows");
    }

    [Test]
    public void Labels_follow_the_chosen_language()
    {
        var doc = Parse(Draw(Story(), new SvgOptions { Language = "zh-Hans" }));
        Label(NodeByIri(doc, Ex + "aws")).Should().Be("亚马逊网络服务");
        Label(NodeByIri(doc, Ex + "dgl")).Should().Be("Deep Graph Library", "without a Chinese label the English one stands in");
        Label(NodeByIri(doc, Ex + "closure-aws-lab")).Should().Be("ex:closure-aws-lab", "without any label the prefixed name does");
    }

    [Test]
    public void Excluded_classes_and_predicates_are_not_drawn()
    {
        var doc = Parse(Draw(Story(), new SvgOptions
        {
            ExcludedClasses = new HashSet<string> { "dcp:Claim", "dcp:AnonymousSource", "time:Instant" },
            ExcludedPredicates = new HashSet<string> { "dcp:parentOrganization" },
        }));
        var iris = Nodes(doc).Select(n => (string)n.Attribute("data-iri")!).ToList();
        iris.Should().NotContain(Ex + "claim-1").And.NotContain(Ex + "t-2023");
        iris.Should().Contain(Ex + "aws");
        doc.Descendants(Svg + "title").Select(t => t.Value).Should().NotContain("dcp:parentOrganization");
    }

    [Test]
    public void Hostile_labels_stay_text_and_the_picture_stays_well_formed()
    {
        var hostile = "</text><script>alert(1)</script>&amp; \"quoted\" 'single' \u0001\uD800 ]]>";
        var triples = StoryTriples();
        triples.Add(new Triple(E("aws"), Vocab.Rdfs.Label, Literal.CreateLanguageTagged(hostile, "fr")));
        triples.Add(new Triple(E("x&amp;y'z"), Vocab.Rdfs.Label, En(hostile)));
        triples.Add(new Triple(E("x&amp;y'z"), Vocab.Rdf.Type, NamedNode.Create(Ex + "Evil&Class'")));
        var svg = Draw(Story(triples), new SvgOptions { Language = "fr", MaxLabelLength = 200 });
        var doc = Parse(svg);
        doc.Descendants(Svg + "script").Should().BeEmpty();
        Label(NodeByIri(doc, Ex + "aws")).Should().StartWith("</text><script>alert(1)</script>&amp; \"quoted\"");
        var odd = NodeByIri(doc, Ex + "x&amp;y'z");
        Label(odd).Should().Contain("<script>");
        odd.Attribute("data-class")!.Value.Should().Be("ex:Evil&Class'");
    }

    [Test]
    public void Long_labels_are_cut_with_an_ellipsis_and_kept_whole_in_the_tooltip()
    {
        var triples = StoryTriples();
        var longName = new string('x', 50) + "中文";
        triples.Add(new Triple(E("long"), Vocab.Rdfs.Label, En(longName)));
        triples.Add(new Triple(E("long"), D("parentOrganization"), E("aws")));
        var node = NodeByIri(Parse(Draw(Story(triples), new SvgOptions { MaxLabelLength = 20 })), Ex + "long");
        Label(node).Should().Be(new string('x', 19) + "…");
        node.Element(Svg + "title")!.Value.Should().Contain(longName);
    }

    [Test]
    public void The_same_graph_and_seed_give_the_same_picture_and_another_seed_another_layout()
    {
        Draw(Story()).Should().Be(Draw(Story()));
        Draw(Story(), new SvgOptions { Seed = 7 }).Should().NotBe(Draw(Story()));
    }

    [Test]
    public void Too_many_nodes_ask_for_a_subgraph()
    {
        var act = () => Draw(Story(), new SvgOptions { MaxNodes = 3 });
        act.Should().Throw<InvalidOperationException>().WithMessage("*at most 3*subgraph*");
    }

    [Test]
    public void Story_graph_picture_has_no_overlapping_labels_and_fits_its_canvas()
    {
        var doc = Parse(Draw(DecouplingGraph.Load(), PictureOptions()));
        Nodes(doc).Count.Should().BeInRange(30, 200, "the picture options leave the actors, events and places");
        Label(Nodes(doc).Single(n => ((string)n.Attribute("data-iri")!).EndsWith("/aws", StringComparison.Ordinal))).Should().Be("Amazon Web Services");
        AssertReadable(doc);
    }

    [TestCase(50)]
    [TestCase(200)]
    public void A_random_graph_of_n_nodes_has_no_overlapping_labels(int n)
    {
        var random = new Random(n);
        var triples = new List<Triple>();
        for (int i = 0; i < n; i++)
        {
            var node = E("n" + i);
            var name = i % 5 == 0 ? "节点" + i : "Node " + i + new string('x', random.Next(0, 20));
            triples.Add(new Triple(node, Vocab.Rdfs.Label, En(name)));
            triples.Add(new Triple(node, Vocab.Rdf.Type, D("Class" + (i % 7))));
            if (i > 0) triples.Add(new Triple(node, D("link"), E("n" + random.Next(0, i))));
            if (i > 3 && i % 3 == 0) triples.Add(new Triple(node, D("other"), E("n" + random.Next(0, i))));
        }
        var doc = Parse(Draw(Story(triples)));
        Nodes(doc).Should().HaveCount(n);
        doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Svg + "text").Should().HaveCount(7);
        AssertReadable(doc);
    }

    [Test]
    public void Without_prefixes_the_legend_and_edge_labels_use_local_names_and_labels_do_not_overlap()
    {
        var graph = new KnowledgeGraph.Graph();
        graph.AddRange(StoryTriples());
        var doc = Parse(Draw(graph));
        var legend = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Elements(Svg + "text").Select(t => t.Value);
        legend.Should().Contain("Company").And.NotContain(l => l.Contains("://"));
        var edgeLabels = EdgeLabels(doc).Select(b => b.Text).ToList();
        edgeLabels.Should().NotBeEmpty().And.NotContain(l => l.Contains("://"));
        doc.Descendants(Svg + "line").Select(l => l.Value).Should().Contain("parentOrganization", "every edge's tooltip names its predicate");
        AssertReadable(doc);
    }

    private static IEnumerable<LabelBox> EdgeLabels(XDocument doc) =>
        doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "edge-labels").Elements(Svg + "text").Select(t =>
        {
            double x = Num(t, "x"), y = Num(t, "y") - 3, half = t.Value.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 1.0 : 0.6) * 9 / 2;
            return new LabelBox(x - half, x + half, y - 4.5, y + 4.5, t.Value);
        });

    private static void AssertReadable(XDocument doc)
    {
        var boxes = Nodes(doc).Select(Box).Concat(EdgeLabels(doc)).ToList();
        double width = Num(doc.Root!, "width"), height = Num(doc.Root!, "height");
        foreach (var b in boxes)
        {
            b.Left.Should().BeGreaterThanOrEqualTo(0);
            b.Right.Should().BeLessThanOrEqualTo(width);
            b.Bottom.Should().BeLessThanOrEqualTo(height);
        }
        for (int i = 0; i < boxes.Count; i++)
            for (int j = i + 1; j < boxes.Count; j++)
                Overlap(boxes[i], boxes[j]).Should().BeFalse($"labels '{boxes[i].Text}' and '{boxes[j].Text}' must not overlap");
        width.Should().BeLessThan(4000, "two hundred nodes stay within a few screens");
    }

    /// <summary>The story picture's choices: actors, events and places (no provenance, times or classifications).</summary>
    internal static SvgOptions PictureOptions() => new()
    {
        ExcludedClasses = StoryGraphPicture.PictureOptions().ExcludedClasses,
        ExcludedPredicates = StoryGraphPicture.PictureOptions().ExcludedPredicates,
    };

    private sealed record LabelBox(double Left, double Right, double Top, double Bottom, string Text);

    private static LabelBox Box(XElement node)
    {
        var text = node.Element(Svg + "text")!;
        double x = Num(text, "x"), y = Num(text, "y");
        double half = text.Value.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 1.0 : 0.6) * 12 / 2;
        return new LabelBox(x - half, x + half, y - 12, y + 3, text.Value);
    }

    private static bool Overlap(LabelBox a, LabelBox b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
