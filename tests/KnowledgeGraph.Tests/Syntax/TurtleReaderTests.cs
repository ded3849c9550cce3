using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using static KnowledgeGraph.Tests.Syntax.SyntaxTestHelpers;

namespace KnowledgeGraph.Tests.Syntax;

public sealed class TurtleReaderTests
{
    [Test]
    public void Reads_the_main_turtle_forms()
    {
        const string text = """
            @base <http://example.org/> .
            PREFIX ex: <http://example.org/>
            @prefix e\u0078t: <ext#> .
            <a> a ex:C ;
                ex:n 1, -2.5, 1e3, true ;
                ex:s 'single', "double"@en-GB, '''long
            text''', "typed"^^ex:T ;
                ex:b [ ex:q ex:r ] ;
                ex:l ( 1 ex:x ) ;
                ex:e () ;
                ex:esc ex:a\,b\.c%41 .
            """;
        var quads = Read(RdfFormat.Turtle, text.Replace("e\\u0078t", "ext"));
        var byPredicate = quads.ToLookup(q => q.Predicate.Value);
        byPredicate["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"].Single().Subject.Should().Be(Iri("a"));
        byPredicate["http://example.org/n"].Select(q => q.Object).Should().BeEquivalentTo(new Term[]
        {
            Literal.Create("1", Vocab.Xsd.Integer), Literal.Create("-2.5", Vocab.Xsd.Decimal),
            Literal.Create("1e3", Vocab.Xsd.Double), Literal.Boolean(true),
        });
        byPredicate["http://example.org/s"].Select(q => q.Object).Should().Contain(Literal.Create("long\ntext"));
        byPredicate["http://example.org/s"].Select(q => q.Object).Should().Contain(Literal.CreateLanguageTagged("double", "en-GB"));
        byPredicate["http://example.org/e"].Single().Object.Should().Be(Vocab.Rdf.Nil);
        byPredicate["http://example.org/esc"].Single().Object.Should().Be(Iri("a,b.c%41"));
        quads.Should().HaveCount(1 + 4 + 4 + 2 + 5 + 1 + 1);
    }

    [Test]
    public void Base_changes_resolve_relative_iris_and_options_give_the_initial_base()
    {
        var quads = Read(RdfFormat.Turtle, "<s> <p> <o> . @base <http://other/dir/> . <../x> <p> <#f> .",
            new RdfReaderOptions { BaseIri = "http://example.org/doc" });
        quads[0].Subject.Should().Be(Iri("s"));
        quads[1].Subject.Should().Be(NamedNode.Create("http://other/x"));
        quads[1].Object.Should().Be(NamedNode.Create("http://other/dir/#f"));
    }

    [Test]
    public void Blank_node_labels_are_scoped_to_one_document()
    {
        var first = Read(RdfFormat.Turtle, "_:a <http://e/p> _:a .");
        var second = Read(RdfFormat.Turtle, "_:a <http://e/p> _:a .");
        first[0].Subject.Should().Be(first[0].Object);
        first[0].Subject.Should().NotBe(second[0].Subject);
    }

    [Test]
    public void Surrogate_pairs_from_escapes_and_raw_text_are_kept()
    {
        var quads = Read(RdfFormat.Turtle, "<http://e/s> <http://e/p> \"\\U0001F600 😀 \\u00E9\" .");
        ((Literal)quads[0].Object).LexicalForm.Should().Be("😀 😀 é");
    }

    [Test]
    public void Trig_reads_named_and_default_graph_blocks()
    {
        var quads = Read(RdfFormat.TriG, """
            @prefix ex: <http://e/> .
            ex:s ex:p ex:o .
            { ex:s ex:p ex:d }
            ex:g { ex:s ex:p ex:o1 . ex:s ex:p ex:o2 }
            GRAPH _:g { [ ex:p ex:o ] }
            """);
        quads.Should().HaveCount(5);
        quads.Count(q => q.Graph is null).Should().Be(2);
        quads.Count(q => NamedNode.Create("http://e/g").Equals(q.Graph)).Should().Be(2);
        quads.Single(q => q.Graph is BlankNode).Object.Should().Be(NamedNode.Create("http://e/o"));
    }

    [Test]
    public void Prefixes_and_base_reach_the_sink()
    {
        var dataset = KnowledgeGraph.Dataset.Parse("@prefix ex: <http://e/> . @base <http://b/> . ex:s ex:p ex:o .", RdfFormat.Turtle);
        dataset.Prefixes.TryGetNamespace("ex", out var ns).Should().BeTrue();
        ns.Should().Be("http://e/");
    }
}
