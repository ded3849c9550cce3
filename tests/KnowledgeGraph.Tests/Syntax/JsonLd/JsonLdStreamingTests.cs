using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.JsonLd;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Tests.Syntax.JsonLd;

/// <summary>Inputs larger than the writer's threshold are written node by node while they are read.</summary>
public sealed class JsonLdStreamingTests
{
    private const string TriG = """
        @prefix ex: <http://example.org/> .
        @prefix urn: <http://example.org/urn-namespace/> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:alice a foaf:Person, ex:Author ; foaf:name "Alice" ; ex:born "1990-01-02"^^xsd:date ;
            ex:knows ex:bob, <urn:isbn:123> ; ex:label "Hello"@en, "你好"@zh-Hans ; ex:address [ ex:city "Paris" ] ;
            ex:steps ( 1 2 ) ; ex:odd "x"^^<urn:type:custom> .
        <urn:isbn:123> ex:title "A book" .
        ex:g1 { ex:bob foaf:name "Bob" ; ex:weight 72.5 . <urn:x> ex:p ex:q . }
        <urn:graph> { ex:carol foaf:name "Carol" . }
        """;

    private static Dataset Data() => Dataset.Parse(TriG, RdfFormat.TriG);

    private static string Stream(IEnumerable<Quad> quads, PrefixMap prefixes)
    {
        var text = new StringWriter();
        new JsonLdWriter { StreamingThreshold = 3 }.Write(quads, text, new RdfWriterOptions { Prefixes = prefixes });
        return text.ToString();
    }

    private static Dataset ReadBack(string json) => JsonLdWriterTests.ReadBack(json);

    [Test]
    public void A_large_input_is_streamed_with_prefixed_keys_and_reads_back_the_same()
    {
        var data = Data();
        var json = Stream(data, data.Prefixes);
        TestContext.Out.WriteLine(json);
        ReadBack(json).IsIsomorphicWith(data).Should().BeTrue();
        var doc = JObject.Parse(json);
        doc["@context"]!["ex"]!.Value<string>().Should().Be("http://example.org/");
        var alice = doc["@graph"]!.Single(n => (string?)n["@id"] == "ex:alice");
        alice["@type"]!.Values<string>().Should().BeEquivalentTo(["foaf:Person", "ex:Author"]);
        alice["foaf:name"]!.Value<string>().Should().Be("Alice");
        alice["ex:born"]!["@type"]!.Value<string>().Should().Be("xsd:date");
        var graph = doc["@graph"]!.Single(n => (string?)n["@id"] == "ex:g1");
        graph["@graph"]!.Select(n => (string?)n["@id"]).Should().Contain("ex:bob");
    }

    [Test]
    public void An_iri_whose_scheme_is_a_prefix_name_is_kept_apart_by_a_local_context()
    {
        var data = Data();
        var json = Stream(data, data.Prefixes);
        var doc = JObject.Parse(json);
        var book = doc["@graph"]!.Single(n => (string?)n["@id"] == "urn:isbn:123");
        book["@context"]!["urn"]!.Type.Should().Be(JTokenType.Null, "here urn:isbn:123 must not read as the prefix urn:");
        ReadBack(json).IsIsomorphicWith(data).Should().BeTrue();
    }

    [Test]
    public void Subjects_that_come_back_later_get_another_node_object_and_still_read_back()
    {
        var data = Data();
        var shuffled = data.OrderBy(q => q.Object.ToString(), StringComparer.Ordinal).ToList();
        var json = Stream(shuffled, data.Prefixes);
        ReadBack(json).IsIsomorphicWith(data).Should().BeTrue();
        JObject.Parse(json)["@graph"]!.Count(n => (string?)n["@id"] == "ex:alice").Should().BeGreaterThan(1);
    }

    [Test]
    public void A_small_input_keeps_the_readable_layout()
    {
        var data = Data();
        var text = new StringWriter();
        new JsonLdWriter().Write(data, text, new RdfWriterOptions { Prefixes = data.Prefixes });
        var alice = JObject.Parse(text.ToString())["@graph"]!.Single(n => (string?)n["@id"] is "ex:alice" or "http://example.org/alice");
        alice["ex:address"]!["ex:city"]!.Value<string>().Should().Be("Paris", "a blank node used once is nested");
    }

    [Test]
    public void Cancellation_stops_a_streamed_write()
    {
        var data = Data();
        var many = Enumerable.Range(0, 5000).Select(i => new Quad(NamedNode.Create($"http://example.org/s{i}"), NamedNode.Create("http://example.org/p"), Literal.Integer(i)));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new JsonLdWriter { StreamingThreshold = 3 }.Write(many, new StringWriter(), new RdfWriterOptions { Prefixes = data.Prefixes }, cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
