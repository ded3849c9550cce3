using System.Globalization;
using System.Xml.Linq;
using KnowledgeGraph.Export;
using static KnowledgeGraph.Tests.Export.SampleGraphs;

namespace KnowledgeGraph.Tests.Export;

public class GexfWriterTests
{
    private static readonly XNamespace G13 = "http://gexf.net/1.3";
    private static readonly XNamespace Viz13 = "http://gexf.net/1.3/viz";
    private static readonly XNamespace G12 = "http://www.gexf.net/1.2draft";

    private static string Text(GexfOptions? options = null) => Render(w => new GexfWriter(options).Write(Story(), w));

    private static XElement Node(XDocument doc, XNamespace ns, string iri) =>
        doc.Descendants(ns + "node").Single(n => n.Descendants(ns + "attvalue")
            .Any(a => (string?)a.Attribute("for") == "iri" && (string?)a.Attribute("value") == iri));

    private static string? Value(XElement element, XNamespace ns, string key) =>
        element.Descendants(ns + "attvalue").SingleOrDefault(a => (string?)a.Attribute("for") == key)?.Attribute("value")?.Value;

    [Test]
    public void Gexf_1_3_has_declared_attributes_labels_kinds_and_viz()
    {
        var doc = XDocument.Parse(Text());
        doc.Root!.Name.Should().Be(G13 + "gexf");
        doc.Root.Attribute("version")!.Value.Should().Be("1.3");
        var declared = doc.Descendants(G13 + "attribute").Select(a => (string)a.Attribute("id")!).ToHashSet();
        doc.Descendants(G13 + "attvalue").Select(a => (string)a.Attribute("for")!).Should().OnlyContain(f => declared.Contains(f));
        doc.Descendants(G13 + "attribute").Should().OnlyContain(a => (string?)a.Attribute("id") == (string?)a.Attribute("title"));
        doc.Descendants(G13 + "attribute").Single(a => (string?)a.Attribute("id") == "dcp_publicationCount").Attribute("type")!.Value.Should().Be("long");

        var aws = Node(doc, G13, Ex + "aws");
        aws.Attribute("label")!.Value.Should().Be("Amazon Web Services");
        Value(aws, G13, "type").Should().Be("dcp:Company");
        var edge = doc.Descendants(G13 + "edge").First(e => (string?)e.Attribute("source") == (string?)aws.Attribute("id"));
        edge.Attribute("label")!.Value.Should().Be("dcp:parentOrganization");
        edge.Attribute("kind")!.Value.Should().Be("dcp:parentOrganization");
        edge.Attribute("weight")!.Value.Should().Be("1.0");
    }

    [Test]
    public void Every_label_language_is_a_declared_attribute_beside_the_chosen_label()
    {
        var doc = XDocument.Parse(Text(new GexfOptions { Language = "zh-Hans" }));
        var declared = doc.Descendants(G13 + "attribute").Select(a => (string)a.Attribute("id")!).ToList();
        declared.Should().Contain(new[] { "label_en", "label_zh-Hans" });
        var aws = Node(doc, G13, Ex + "aws");
        aws.Attribute("label")!.Value.Should().Be("亚马逊网络服务");
        Value(aws, G13, "label_en").Should().Be("Amazon Web Services");
        Value(aws, G13, "label_zh-Hans").Should().Be("亚马逊网络服务");
    }

    [Test]
    public void Colours_follow_the_class_and_sizes_grow_with_degree()
    {
        var doc = XDocument.Parse(Text());
        string Colour(string iri)
        {
            var c = Node(doc, G13, iri).Element(Viz13 + "color")!;
            return $"{c.Attribute("r")!.Value},{c.Attribute("g")!.Value},{c.Attribute("b")!.Value}";
        }
        double Size(string iri) => double.Parse(Node(doc, G13, iri).Element(Viz13 + "size")!.Attribute("value")!.Value, CultureInfo.InvariantCulture);
        Colour(Ex + "aws").Should().Be(Colour(Ex + "amazon"));
        Colour(Ex + "aws").Should().NotBe(Colour(Ex + "dgl"));
        Size(Ex + "aws-shanghai-lab").Should().BeGreaterThan(Size(Ex + "amazon"), "the lab has 3 edges, Amazon 1");
        Node(doc, G13, Ex + "aws").Element(Viz13 + "size")!.Attributes().Should().ContainSingle("Gephi reads the size from attribute 0");
    }

    [Test]
    public void Gexf_1_2draft_uses_its_namespace_and_no_kind()
    {
        var doc = XDocument.Parse(Text(new GexfOptions { Version = GexfVersion.V1_2Draft }));
        doc.Root!.Name.Should().Be(G12 + "gexf");
        doc.Root.Attribute("version")!.Value.Should().Be("1.2");
        doc.Descendants(G12 + "edge").Should().NotBeEmpty().And.OnlyContain(e => e.Attribute("kind") == null && e.Attribute("label") != null);
    }

    [Test]
    public void Dynamic_mode_gives_events_their_time()
    {
        var doc = XDocument.Parse(Text(new GexfOptions { Dynamic = true }));
        var graph = doc.Root!.Element(G13 + "graph")!;
        graph.Attribute("mode")!.Value.Should().Be("dynamic");
        graph.Attribute("timeformat")!.Value.Should().Be("date");
        var closure = Node(doc, G13, Ex + "closure-aws-lab");
        closure.Attribute("start")!.Value.Should().Be("2023-09-01", "hasTime → time:inXSDgYearMonth 2023-09");
        closure.Attribute("end").Should().BeNull("a single instant gives no end");
        var restriction = Node(doc, G13, Ex + "restriction");
        restriction.Attribute("start")!.Value.Should().Be("2024-07-09");
        restriction.Attribute("end")!.Value.Should().Be("2025-01-02", "the interval's hasEnd instant");
        Node(doc, G13, Ex + "aws-shanghai-lab").Attribute("start")!.Value.Should().Be("2018-01-01", "a gYear on the node itself");
        Node(doc, G13, Ex + "aws").Attribute("start").Should().BeNull();

        var stat = XDocument.Parse(Text());
        stat.Root!.Element(G13 + "graph")!.Attribute("mode")!.Value.Should().Be("static");
        stat.Descendants(G13 + "node").Should().OnlyContain(n => n.Attribute("start") == null);
    }

    [TestCase(GexfVersion.V1_3, false)]
    [TestCase(GexfVersion.V1_3, true)]
    [TestCase(GexfVersion.V1_2Draft, false)]
    [TestCase(GexfVersion.V1_2Draft, true)]
    public void Export_passes_the_graph_export_checker(GexfVersion version, bool dynamic)
    {
        var path = GraphChecker.WriteTemp(Text(new GexfOptions { Version = version, Dynamic = dynamic }), ".gexf");
        GraphChecker.Check(path).Should().Contain("RESULT: PASS");
    }

    [Test]
    public void Same_graph_gives_the_same_bytes()
    {
        var once = Text(new GexfOptions { Dynamic = true });
        var shuffled = Render(w => new GexfWriter(new GexfOptions { Dynamic = true }).Write(Story(StoryTriples().AsEnumerable().Reverse()), w));
        shuffled.Should().Be(once);
    }
}
