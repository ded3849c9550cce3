using System.Xml.Linq;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Export.SampleGraphs;

namespace KnowledgeGraph.Tests.Export;

public class GraphMlWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static XDocument Export(KnowledgeGraph.Graph graph, GraphExportOptions? options = null) =>
        XDocument.Parse(Render(w => new GraphMlWriter(options).Write(graph, w)));

    private static Dictionary<string, string> Keys(XDocument doc, string domain) =>
        doc.Root!.Elements(G + "key").Where(k => (string?)k.Attribute("for") == domain)
            .ToDictionary(k => (string)k.Attribute("attr.name")!, k => (string)k.Attribute("id")!);

    private static XElement NodeByIri(XDocument doc, string iri) =>
        doc.Descendants(G + "node").Single(n => n.Elements(G + "data").Any(d => (string?)d.Attribute("key") == "iri" && d.Value == iri));

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    [Test]
    public void Graph_is_directed_and_every_key_is_typed_and_declared_for_node_or_edge()
    {
        var doc = Export(Story());
        doc.Root!.Element(G + "graph")!.Attribute("edgedefault")!.Value.Should().Be("directed");
        foreach (var key in doc.Root.Elements(G + "key"))
        {
            key.Attribute("for")!.Value.Should().BeOneOf("node", "edge");
            key.Attribute("attr.type")!.Value.Should().BeOneOf("boolean", "int", "long", "float", "double", "string");
            key.Attribute("attr.name")!.Value.Should().MatchRegex(@"^[A-Za-z_][\w.-]*$");
        }
        var ids = doc.Root.Elements(G + "key").Select(k => k.Attribute("id")!.Value.ToLowerInvariant()).ToList();
        ids.Should().OnlyHaveUniqueItems("Gephi lower-cases key ids into column ids");
    }

    [Test]
    public void Labels_follow_the_chosen_language_and_fall_back_to_prefixed_names()
    {
        var en = Export(Story());
        Data(NodeByIri(en, Ex + "aws"), "label").Should().Be("Amazon Web Services");
        Data(NodeByIri(en, Ex + "aws-shanghai-lab"), "label").Should().Be("AWS Shanghai AI Lab", "skos:prefLabel comes first");
        Data(NodeByIri(en, Ex + "amazon"), "label").Should().Be("Amazon", "schema:name is the last resort before the prefixed name");
        Data(NodeByIri(en, Ex + "closure-aws-lab"), "label").Should().Be("ex:closure-aws-lab");

        var zh = Export(Story(), new GraphExportOptions { Language = "zh-Hans" });
        Data(NodeByIri(zh, Ex + "aws"), "label").Should().Be("亚马逊网络服务");
        Data(NodeByIri(zh, Ex + "dgl"), "label").Should().Be("ex:dgl", "an English-only label is not a Chinese one");
    }

    [Test]
    public void Rdf_type_is_a_column_with_the_most_specific_class_never_an_edge()
    {
        var doc = Export(Story());
        var lab = NodeByIri(doc, Ex + "aws-shanghai-lab");
        Data(lab, "type").Should().Be("dcp:ResearchLab", "ResearchLab is a subclass of the lab's other type, Organization");
        Data(lab, "types").Should().Be("dcp:Organization dcp:ResearchLab");
        doc.Descendants(G + "edge").Select(e => Data(e, "edgelabel")).Should().NotContain("rdf:type")
            .And.NotContain(Vocab.Rdf.Type.Value);
        doc.Descendants(G + "node").Should().NotContain(n => Data(n, "iri") == Dcp + "Company",
            "a class only used as an rdf:type object is not a node");
        Data(NodeByIri(doc, Ex + "aws"), "color").Should().Be(Data(NodeByIri(doc, Ex + "amazon"), "color"))
            .And.MatchRegex("^#[0-9A-F]{6}$");
        Data(NodeByIri(doc, Ex + "dgl"), "color").Should().NotBe(Data(NodeByIri(doc, Ex + "aws"), "color"));
    }

    [Test]
    public void Literal_properties_become_typed_node_attributes()
    {
        var doc = Export(Story());
        var keys = doc.Root!.Elements(G + "key").Where(k => (string?)k.Attribute("for") == "node")
            .ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.type")!);
        keys["dcp_publicationCount"].Should().Be("long");
        keys["dcp_revenueUsd"].Should().Be("double");
        keys["dcp_openSource"].Should().Be("boolean");
        keys["dcp_founded"].Should().Be("string");
        keys["rdfs_label"].Should().Be("string");
        var dgl = NodeByIri(doc, Ex + "dgl");
        Data(dgl, "dcp_revenueUsd").Should().Be("1000000000");
        Data(dgl, "dcp_openSource").Should().Be("true");
        Data(dgl, "dcp_note").Should().Be("says \"close to $1B\" <reportedly> & more\uFFFD", "XML cannot carry U+0001");
        Data(NodeByIri(doc, Ex + "aws-shanghai-lab"), "dcp_publicationCount").Should().Be("100");
        Data(NodeByIri(doc, Ex + "aws"), "rdfs_label").Should().Be("Amazon Web Services", "the attribute keeps the chosen language");

        var bare = Export(Story(), new GraphExportOptions { IncludeLiterals = false });
        Keys(bare, "node").Keys.Should().BeEquivalentTo(new[] { "label", "label_en", "label_zh-Hans", "type", "types", "iri", "color" });
    }

    [Test]
    public void Every_label_language_travels_in_its_own_column_beside_the_chosen_label()
    {
        var doc = Export(Story(), new GraphExportOptions { Language = "zh-Hans" });
        Keys(doc, "node").Should().ContainKeys("label", "label_en", "label_zh-Hans");
        var aws = NodeByIri(doc, Ex + "aws");
        Data(aws, "label").Should().Be("亚马逊网络服务", "the label is in the chosen language");
        Data(aws, "label_zh-Hans").Should().Be("亚马逊网络服务");
        Data(aws, "label_en").Should().Be("Amazon Web Services", "the other language is kept, not dropped");
        var lab = NodeByIri(doc, Ex + "aws-shanghai-lab");
        Data(lab, "label").Should().Be("ex:aws-shanghai-lab", "without a Chinese (or untagged) label the prefixed name stands in");
        Data(lab, "label_en").Should().Be("AWS Shanghai AI Lab", "its English label is still there");
        Data(lab, "label_zh-Hans").Should().BeNull("a node has a language column only when it has a label in that language");
    }

    [Test]
    public void Object_properties_become_labelled_weighted_edges_with_unique_ids()
    {
        var doc = Export(Story());
        var edges = doc.Descendants(G + "edge").ToList();
        edges.Select(e => e.Attribute("id")!.Value).Should().OnlyHaveUniqueItems().And.StartWith("e0");
        var nodeIds = doc.Descendants(G + "node").ToDictionary(n => n.Attribute("id")!.Value, n => Data(n, "iri"));
        var parent = edges.Single(e => nodeIds[e.Attribute("source")!.Value] == Ex + "aws" && Data(e, "edgelabel") == "dcp:parentOrganization");
        nodeIds[parent.Attribute("target")!.Value].Should().Be(Ex + "amazon");
        Data(parent, "predicate").Should().Be(Dcp + "parentOrganization");
        Data(parent, "weight").Should().Be("1.0");
        edges.Should().HaveCount(StoryTriples().Count(t => t.Predicate != Vocab.Rdf.Type && !t.Object.IsLiteral));
    }

    [Test]
    public void Output_depends_on_the_triples_not_on_insertion_order()
    {
        var triples = StoryTriples();
        var forward = Render(w => new GraphMlWriter().Write(Story(triples), w));
        var shuffled = triples.OrderBy(t => t.GetHashCode()).Reverse().ToList();
        var backward = Render(w => new GraphMlWriter().Write(Story(shuffled), w));
        backward.Should().Be(forward);
        Render(w => new GraphMlWriter().Write(Story(triples), w)).Should().Be(forward);
    }

    [Test]
    public void Excluded_classes_drop_their_instances_and_edges()
    {
        var doc = Export(Story(), new GraphExportOptions { ExcludedClasses = new HashSet<string> { "dcp:Claim", Dcp + "AnonymousSource" } });
        doc.Descendants(G + "node").Select(n => Data(n, "iri")).Should().NotContain(Ex + "claim-1").And.NotContain("_:src");
        doc.Descendants(G + "edge").Select(e => Data(e, "edgelabel")).Should().NotContain("dcp:about").And.NotContain("dcp:attributedTo");
    }

    [Test]
    public void Excluded_predicates_are_neither_edges_nor_attributes_and_what_only_excluded_resources_reach_goes_too()
    {
        var g = Story();
        g.Add(E("claim-1"), D("mentions"), E("only-from-claim"));
        g.Add(E("aws"), D("parentOrganization"), E("only-by-predicate"));
        var doc = Export(g, new GraphExportOptions
        {
            ExcludedPredicates = new HashSet<string> { "dcp:parentOrganization", Dcp + "note" },
            ExcludedClasses = new HashSet<string> { "dcp:Claim" },
        });
        doc.Descendants(G + "edge").Select(e => Data(e, "edgelabel")).Should().NotContain("dcp:parentOrganization");
        doc.Root!.Elements(G + "key").Select(k => (string)k.Attribute("id")!).Should().NotContain("dcp_note");
        doc.Descendants(G + "node").Select(n => Data(n, "iri")).Should().NotContain(Ex + "only-by-predicate", "only the excluded predicate led to it")
            .And.NotContain(Ex + "only-from-claim", "only an excluded resource led to it")
            .And.Contain(Ex + "amazon", "Amazon is a subject of its own triples")
            .And.Contain("_:src");
    }

    [Test]
    public void Export_passes_the_graph_export_checker()
    {
        var path = GraphChecker.WriteTemp(Render(w => new GraphMlWriter().Write(Story(), w)), ".graphml");
        GraphChecker.Check(path).Should().Contain("readers agree");
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        FluentActions.Invoking(() => new GraphMlWriter().Write(Story(), new StringWriter(), cts.Token))
            .Should().Throw<OperationCanceledException>();
    }
}
