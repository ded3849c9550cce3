using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.RdfXml;

namespace KnowledgeGraph.Tests.Syntax.RdfXml;

public class RdfXmlWriterTests
{
    private static NamedNode Ex(string local) => NamedNode.Create("http://ex.org/" + local);

    private static string Write(IEnumerable<Triple> triples, PrefixMap? prefixes = null, RdfWriterOptions? options = null)
    {
        var sw = new StringWriter();
        options ??= new RdfWriterOptions();
        options.Prefixes ??= prefixes;
        new RdfXmlWriter().Write(triples.Select(t => new Quad(t)), sw, options);
        return sw.ToString();
    }

    private static Graph Read(string xml, string? baseIri = null)
    {
        var g = new Graph();
        new RdfXmlReader().Read(new StringReader(xml), new DelegateSink(q => g.Add(q.Triple)), new RdfReaderOptions { BaseIri = baseIri });
        return g;
    }

    private static List<Triple> Sample()
    {
        var b = BlankNode.Create("x");
        return
        [
            new(Ex("alice"), Vocab.Rdf.Type, Ex("Person")),
            new(Ex("alice"), Ex("name"), Literal.CreateLanguageTagged("Alice", "en")),
            new(Ex("alice"), Ex("age"), Literal.Integer(42)),
            new(Ex("alice"), Ex("knows"), b),
            new(b, Ex("name"), Literal.Create("Bob & <Co> \"quoted\"\r\n\ttab")),
            new(b, Ex("home"), NamedNode.Create("http://other.org/path#frag")),
            new(b, Ex("empty"), Literal.Create("")),
            new(b, Ex("spaces"), Literal.Create("  ")),
            new(Ex("s"), Vocab.Rdf.Type, Vocab.Rdf.Statement),
            new(Ex("seq"), NamedNode.Create(Vocab.Rdf.Namespace + "_10"), Literal.Create("ten")),
            new(Ex("seq"), NamedNode.Create(Vocab.Rdf.Namespace + "_2"), Literal.Create("two")),
            new(Ex("x"), Ex("xml"), Literal.Create("<a>b</a>", Vocab.Rdf.XmlLiteral)),
        ];
    }

    [Test]
    public void Written_graphs_read_back_isomorphic()
    {
        var triples = Sample();
        var expected = new Graph();
        expected.AddRange(triples);
        Read(Write(triples)).IsIsomorphicWith(expected).Should().BeTrue();
    }

    [Test]
    public void Output_is_deterministic_whatever_the_input_order()
    {
        var triples = Sample();
        var reversed = Enumerable.Reverse(triples).ToList();
        Write(triples).Should().Be(Write(reversed));
    }

    [Test]
    public void Output_uses_the_prefix_map_and_generates_missing_prefixes()
    {
        var prefixes = new PrefixMap();
        prefixes.Add("ex", "http://ex.org/");
        prefixes.Add("", "http://unused.org/");
        var text = Write([new(Ex("s"), NamedNode.Create("http://other.org/vocab#p"), Ex("o"))], prefixes);
        text.Should().Contain("xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"")
            .And.Contain("xmlns:ns1=\"http://other.org/vocab#\"")
            .And.Contain("<ns1:p rdf:resource=\"http://ex.org/o\"/>")
            .And.NotContain("unused");
        var typed = Write([new(Ex("s"), Vocab.Rdf.Type, Ex("Person"))], prefixes);
        typed.Should().Contain("<ex:Person rdf:about=\"http://ex.org/s\"/>");
    }

    [Test]
    public void Layout_is_readable_rdf_xml()
    {
        var text = Write([
            new(Ex("s"), Ex("p"), Ex("o")),
            new(Ex("s"), Ex("q"), Literal.CreateLanguageTagged("hi", "en")),
        ], new PrefixMap { { "ex", "http://ex.org/" } });
        text.Should().Be("""
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:ex="http://ex.org/">
                <rdf:Description rdf:about="http://ex.org/s">
                    <ex:p rdf:resource="http://ex.org/o"/>
                    <ex:q xml:lang="en">hi</ex:q>
                </rdf:Description>
            </rdf:RDF>

            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public void Container_members_are_written_in_numeric_order()
    {
        var text = Write(Sample());
        text.IndexOf("rdf:_2>", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("rdf:_10>", StringComparison.Ordinal));
    }

    [Test]
    public void A_base_IRI_shortens_IRIs_that_resolve_back_exactly()
    {
        var triples = new List<Triple>
        {
            new(NamedNode.Create("http://ex.org/dir/doc"), Ex("p"), NamedNode.Create("http://ex.org/dir/doc#frag")),
            new(NamedNode.Create("http://ex.org/dir/other"), Ex("p"), NamedNode.Create("http://elsewhere.org/x")),
        };
        var text = Write(triples, options: new RdfWriterOptions { BaseIri = "http://ex.org/dir/doc" });
        text.Should().Contain("xml:base=\"http://ex.org/dir/doc\"")
            .And.Contain("rdf:about=\"\"")
            .And.Contain("rdf:resource=\"#frag\"")
            .And.Contain("rdf:about=\"other\"")
            .And.Contain("rdf:resource=\"http://elsewhere.org/x\"");
        var expected = new Graph();
        expected.AddRange(triples);
        Read(text).IsIsomorphicWith(expected).Should().BeTrue();
    }

    [Test]
    public void Blank_node_labels_that_are_not_NCNames_are_renamed()
    {
        var odd = BlankNode.Create("1-odd");
        var text = Write([new(odd, Ex("p"), Ex("o")), new(Ex("s"), Ex("p"), odd)]);
        text.Should().NotContain("1-odd");
        Read(text).Should().HaveCount(2);
    }

    [Test]
    public void A_predicate_that_cannot_be_an_XML_name_is_a_clear_error()
    {
        var write = () => Write([new(Ex("s"), NamedNode.Create("http://ex.org/p/"), Ex("o"))]);
        write.Should().Throw<InvalidOperationException>().WithMessage("*<http://ex.org/p/>*namespace and a local name*");
    }

    [Test]
    public void Reserved_rdf_predicates_are_a_clear_error()
    {
        var write = () => Write([new(Ex("s"), NamedNode.Create(Vocab.Rdf.Namespace + "li"), Ex("o"))]);
        write.Should().Throw<InvalidOperationException>().WithMessage("*rdf:li*");
    }

    [Test]
    public void Quads_of_a_named_graph_are_a_clear_error()
    {
        var write = () => new RdfXmlWriter().Write([new Quad(Ex("s"), Ex("p"), Ex("o"), Ex("g"))], new StringWriter());
        write.Should().Throw<InvalidOperationException>().WithMessage("*named graph*");
    }

    [Test]
    public void Characters_XML_cannot_carry_are_a_clear_error_before_anything_is_written()
    {
        var sw = new StringWriter();
        var write = () => new RdfXmlWriter().Write([new Quad(Ex("a"), Ex("p"), Ex("o")), new Quad(Ex("s"), Ex("p"), Literal.Create("bell\u0007"))], sw);
        write.Should().Throw<InvalidOperationException>().WithMessage("*U+0007*");
        sw.ToString().Should().BeEmpty();
    }

    [Test]
    public void Graph_ToString_writes_rdf_xml()
    {
        var g = new Graph();
        g.Add(Ex("s"), Ex("p"), Literal.Create("v"));
        g.Prefixes.Add("ex", "http://ex.org/");
        g.ToString(RdfFormat.RdfXml).Should().Contain("<ex:p>v</ex:p>");
    }
}
