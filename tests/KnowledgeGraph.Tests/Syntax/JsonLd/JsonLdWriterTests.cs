using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.JsonLd;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Tests.Syntax.JsonLd;

public sealed class JsonLdWriterTests
{
    private const string Turtle = """
        @prefix : <http://example.org/> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        :alice a foaf:Person ;
            foaf:name "Alice" ;
            :born "1990-01-02"^^xsd:date ;
            :knows :bob, :carol ;
            :label "Hello"@en, "Bonjour"@fr ;
            :address [ :city "Paris" ; :zip "75001" ] ;
            :steps ( 1 2 3 ) .
        :bob foaf:name "Bob" ; :born "1985-05-06"^^xsd:date ; :label "Hi"@en, "Salut"@fr .
        """;

    private static (Dataset Data, string Json) Write(string turtle, RdfWriterOptions? options = null)
    {
        var data = Dataset.Parse(turtle, RdfFormat.Turtle);
        var text = new StringWriter();
        options ??= new RdfWriterOptions();
        options.Prefixes ??= data.Prefixes;
        new JsonLdWriter().Write(data, text, options);
        return (data, text.ToString());
    }

    internal static Dataset ReadBack(string json)
    {
        var back = new Dataset();
        new JsonLdReader().Read(new StringReader(json), new DelegateSink(q => back.Add(q)));
        return back;
    }

    [Test]
    public void Writes_readable_compacted_json_ld_that_reads_back()
    {
        var (data, json) = Write(Turtle);
        TestContext.Out.WriteLine(json);
        ReadBack(json).IsIsomorphicWith(data).Should().BeTrue();
        var doc = JObject.Parse(json);
        var context = (JObject)doc["@context"]!;
        context["@vocab"]!.Value<string>().Should().Be("http://example.org/");
        context["foaf"]!.Value<string>().Should().Be("http://xmlns.com/foaf/0.1/");
        context["born"]!["@type"]!.Value<string>().Should().Be("xsd:date");
        context["knows"]!["@type"]!.Value<string>().Should().Be("@id");
        context["label"]!["@container"]!.Value<string>().Should().Be("@language");
        var alice = doc["@graph"]!.Single(n => (string?)n["@id"] == "http://example.org/alice");
        alice["@type"]!.Value<string>().Should().Be("foaf:Person");
        alice["foaf:name"]!.Value<string>().Should().Be("Alice");
        alice["born"]!.Value<string>().Should().Be("1990-01-02");
        alice["label"]!["fr"]!.Value<string>().Should().Be("Bonjour");
        alice["address"]!["city"]!.Value<string>().Should().Be("Paris", "a blank node used once is nested");
        alice["address"]!["@id"].Should().BeNull();
        alice["steps"]!.Select(t => (int)t).Should().Equal(1, 2, 3);
    }

    [Test]
    public void Same_dataset_gives_the_same_bytes()
    {
        var (_, first) = Write(Turtle);
        var (_, second) = Write(Turtle);
        second.Should().Be(first);
        var reordered = string.Join("\n", Dataset.Parse(Turtle, RdfFormat.Turtle).Reverse().Select(q => q.ToString()));
        var data = Dataset.Parse(reordered, RdfFormat.NQuads);
        var text = new StringWriter();
        var prefixes = Dataset.Parse(Turtle, RdfFormat.Turtle).Prefixes;
        new JsonLdWriter().Write(data, text, new RdfWriterOptions { Prefixes = prefixes });
        text.ToString().Should().Be(first);
    }

    [Test]
    public void A_single_subject_is_written_without_a_graph_array()
    {
        var (_, json) = Write("@prefix : <http://example.org/> . :a :p \"x\" .");
        var doc = JObject.Parse(json);
        doc["@graph"].Should().BeNull();
        doc["@id"]!.Value<string>().Should().Be("http://example.org/a");
        doc["p"]!.Value<string>().Should().Be("x");
    }

    [Test]
    public void Named_graphs_become_graph_objects()
    {
        var data = Dataset.Parse("""
            <http://ex/a> <http://ex/p> "default" .
            <http://ex/a> <http://ex/p> "named" <http://ex/g> .
            _:b <http://ex/p> "blank graph" _:g .
            """, RdfFormat.NQuads);
        var text = new StringWriter();
        new JsonLdWriter().Write(data, text);
        var doc = JObject.Parse(text.ToString());
        var g = doc["@graph"]!.Single(n => (string?)n["@id"] == "http://ex/g");
        g["@graph"]!.Should().ContainSingle();
        ReadBack(text.ToString()).IsIsomorphicWith(data).Should().BeTrue();
    }

    [Test]
    public void A_supplied_context_is_used_for_compaction()
    {
        var data = Dataset.Parse("<http://ex/a> <http://schema.org/name> \"Ada\" .\n<http://ex/a> <http://schema.org/url> <http://ada.example/> .", RdfFormat.NTriples);
        var text = new StringWriter();
        new JsonLdWriter().Write(data, text, new RdfWriterOptions { JsonLdContext = "\"https://schema.org/\"" });
        var doc = JObject.Parse(text.ToString());
        doc["@context"]!.Value<string>().Should().Be("https://schema.org/");
        doc["name"]!.Value<string>().Should().Be("Ada");
        doc["url"]!.Value<string>().Should().Be("http://ada.example/");
        ReadBack(text.ToString()).IsIsomorphicWith(data).Should().BeTrue();
    }

    [Test]
    public void Cycles_and_long_chains_of_blank_nodes_read_back()
    {
        var chain = string.Join("\n", Enumerable.Range(0, 500).Select(i => $"_:n{i} <http://ex/next> _:n{i + 1} ."));
        var data = Dataset.Parse(chain + "\n_:c1 <http://ex/p> _:c2 .\n_:c2 <http://ex/p> _:c1 .", RdfFormat.NTriples);
        var text = new StringWriter();
        new JsonLdWriter().Write(data, text);
        ReadBack(text.ToString()).IsIsomorphicWith(data).Should().BeTrue();
    }

    [Test]
    public void Literals_that_look_like_other_things_keep_their_meaning()
    {
        var data = Dataset.Parse("""
            <http://ex/a> <http://ex/p> "_:b0" .
            <http://ex/a> <http://ex/p> "http://not.an.iri/" .
            <http://ex/a> <http://ex/p> "@id" .
            <http://ex/a> <http://ex/p> "{\"json\": true}"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .
            <http://ex/a> <http://ex/q> <http://ex/b> .
            <http://ex/a> <http://ex/q> "text" .
            """, RdfFormat.NTriples);
        var text = new StringWriter();
        new JsonLdWriter().Write(data, text);
        TestContext.Out.WriteLine(text.ToString());
        ReadBack(text.ToString()).IsIsomorphicWith(data).Should().BeTrue();
    }
}
