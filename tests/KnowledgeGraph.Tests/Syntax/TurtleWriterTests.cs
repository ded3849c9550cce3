using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using static KnowledgeGraph.Tests.Syntax.SyntaxTestHelpers;

namespace KnowledgeGraph.Tests.Syntax;

public sealed class TurtleWriterTests
{
    private static PrefixMap Prefixes()
    {
        var map = new PrefixMap();
        map.Add("ex", "http://example.org/");
        map.Add("unused", "http://unused.example/");
        map.Add("xsd", Vocab.Xsd.Namespace);
        return map;
    }

    private static List<Quad> Sample()
    {
        var b = BlankNode.CreateNew();
        var l1 = BlankNode.CreateNew();
        var l2 = BlankNode.CreateNew();
        return
        [
            new(Iri("s"), Vocab.Rdf.Type, Iri("C")),
            new(Iri("s"), Iri("name"), Literal.Create("two\nlines")),
            new(Iri("s"), Iri("n"), Literal.Integer(42)),
            new(Iri("s"), Iri("n"), Literal.Create("4.5", Vocab.Xsd.Decimal)),
            new(Iri("s"), Iri("n"), Literal.Create("1.0E3", Vocab.Xsd.Double)),
            new(Iri("s"), Iri("n"), Literal.Create("01x", Vocab.Xsd.Integer)),
            new(Iri("s"), Iri("ok"), Literal.Boolean(true)),
            new(Iri("s"), Iri("knows"), b),
            new(b, Iri("name"), Literal.CreateLanguageTagged("Bob", "en")),
            new(Iri("s"), Iri("list"), l1),
            new(l1, Vocab.Rdf.First, Literal.Integer(1)),
            new(l1, Vocab.Rdf.Rest, l2),
            new(l2, Vocab.Rdf.First, Iri("x")),
            new(l2, Vocab.Rdf.Rest, Vocab.Rdf.Nil),
            new(Iri("a,b"), Iri("p"), Iri("-dash.")),
        ];
    }

    [Test]
    public void Pretty_prints_with_prefixes_lists_and_shorthand()
    {
        var text = Write(RdfFormat.Turtle, Sample(), Prefixes());
        text.Should().Contain("@prefix ex: <http://example.org/> .");
        text.Should().Contain("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .");
        text.Should().NotContain("unused");
        text.Should().Contain("ex:s a ex:C ;");
        text.Should().Contain("ex:n \"01x\"^^xsd:integer, 1.0E3, 4.5, 42 ;");
        text.Should().Contain("ex:ok true");
        text.Should().Contain("\"\"\"two\nlines\"\"\"");
        text.Should().Contain("ex:knows [\n        ex:name \"Bob\"@en\n    ]");
        text.Should().Contain("ex:list ( 1 ex:x )");
        text.Should().Contain("ex:a\\,b ex:p ex:\\-dash\\. .");
        text.Should().NotContain("_:");
        Dataset.Parse(text, RdfFormat.Turtle).IsIsomorphicWith(ToDataset(Sample())).Should().BeTrue();
    }

    [Test]
    public void Output_is_the_same_whatever_the_insertion_order()
    {
        var quads = Sample();
        var reversed = Enumerable.Reverse(quads).ToList();
        var shuffled = quads.OrderBy(q => q.ToString().GetHashCode(StringComparison.Ordinal)).ToList();
        var expected = Write(RdfFormat.Turtle, quads, Prefixes());
        Write(RdfFormat.Turtle, reversed, Prefixes()).Should().Be(expected);
        Write(RdfFormat.Turtle, shuffled, Prefixes()).Should().Be(expected);
        Write(RdfFormat.TriG, shuffled, Prefixes()).Should().Be(Write(RdfFormat.TriG, quads, Prefixes()));
    }

    [Test]
    public void Blank_nodes_used_twice_or_in_a_cycle_keep_labels_and_nothing_is_lost()
    {
        var a = BlankNode.CreateNew();
        var b = BlankNode.CreateNew();
        var quads = new List<Quad>
        {
            new(Iri("s1"), Iri("p"), a),
            new(Iri("s2"), Iri("p"), a),
            new(a, Iri("q"), Literal.Create("shared")),
            new(b, Iri("next"), b),
        };
        var text = Write(RdfFormat.Turtle, quads);
        text.Should().Contain("_:b");
        Dataset.Parse(text, RdfFormat.Turtle).IsIsomorphicWith(ToDataset(quads)).Should().BeTrue();
    }

    [Test]
    public void Turtle_writer_refuses_named_graphs_and_trig_writes_them()
    {
        var quads = new List<Quad> { new(Iri("s"), Iri("p"), Iri("o"), Iri("g")), new(Iri("s"), Iri("p"), Iri("o")) };
        var act = () => Write(RdfFormat.Turtle, quads);
        act.Should().Throw<InvalidOperationException>().WithMessage("*named graph*");
        var ntAct = () => Write(RdfFormat.NTriples, quads);
        ntAct.Should().Throw<InvalidOperationException>();
        var trig = Write(RdfFormat.TriG, quads, Prefixes());
        trig.Should().Contain("ex:g {\n    ex:s ex:p ex:o .\n}");
        Dataset.Parse(trig, RdfFormat.TriG).IsIsomorphicWith(ToDataset(quads)).Should().BeTrue();
    }

    [Test]
    public void Base_iri_shortens_iris_that_resolve_back()
    {
        var text = Write(RdfFormat.Turtle, [new(Iri("doc#a"), Iri("p"), NamedNode.Create("http://elsewhere/x"))], null,
            new RdfWriterOptions { BaseIri = "http://example.org/" });
        text.Should().StartWith("@base <http://example.org/> .");
        text.Should().Contain("<doc#a> <p> <http://elsewhere/x> .");
        Dataset.Parse(text, RdfFormat.Turtle).Single().Subject.Should().Be(Iri("doc#a"));
    }

    [Test]
    public void Ntriples_writer_escapes_strings_and_streams_lines()
    {
        var quads = new List<Quad> { new(Iri("s"), Iri("p"), Literal.Create("q\"\\\n\r\t\u0001é")) };
        Write(RdfFormat.NTriples, quads).Should().Be("<http://example.org/s> <http://example.org/p> \"q\\\"\\\\\\n\\r\\t\\u0001é\" .\n");
        Write(RdfFormat.NQuads, [new(Iri("s"), Iri("p"), Iri("o"), Iri("g"))])
            .Should().Be("<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n");
    }

    private static Dataset ToDataset(IEnumerable<Quad> quads)
    {
        var d = new Dataset();
        foreach (var q in quads) d.Add(q);
        return d;
    }
}
