using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>Issue 17: a writer refuses what its syntax cannot carry with RdfWriteException, before writing anything.</summary>
public class WriterRefusalTests
{
    private static readonly NamedNode s_a = NamedNode.Create("http://a");
    private static readonly NamedNode s_p = NamedNode.Create("http://p/x");

    private static IEnumerable<TestCaseData> Unwritable()
    {
        yield return new TestCaseData(new Triple(s_a, s_p, Literal.Create("a\u0000b"))).SetName("NUL in a literal");
        yield return new TestCaseData(new Triple(s_a, s_p, Literal.Create("a\fb"))).SetName("form feed in a literal");
        yield return new TestCaseData(new Triple(s_a, NamedNode.CreateUnchecked("http://p/"), s_a)).SetName("predicate without a local name");
        yield return new TestCaseData(new Triple(s_a, NamedNode.CreateUnchecked("http://p\uFFFF/x"), s_a)).SetName("U+FFFF in a predicate namespace");
        yield return new TestCaseData(new Triple(s_a, s_p, NamedNode.CreateUnchecked("http://b\uFFFF"))).SetName("U+FFFF in an object IRI");
    }

    [TestCaseSource(nameof(Unwritable))]
    public void RdfXml_refuses_before_writing_a_byte(Triple triple)
    {
        var output = new StringWriter();
        var act = () => RdfFormat.RdfXml.CreateWriter().Write([new Quad(triple.Subject, triple.Predicate, triple.Object)], output);
        act.Should().Throw<RdfWriteException>().Which.Syntax.Should().Be("RDF/XML");
        output.ToString().Should().BeEmpty();
    }

    [Test]
    public void The_refusal_escapes_the_term_it_quotes()
    {
        var output = new StringWriter();
        var act = () => RdfFormat.RdfXml.CreateWriter().Write([new Quad(s_a, s_p, Literal.Create("\u001b[2J\u0007" + new string('x', 10_000)))], output);
        var message = act.Should().Throw<RdfWriteException>().Which.Message;
        message.Should().NotContain("\u001b").And.NotContain("\u0007");
        message.Length.Should().BeLessThan(400);
    }

    [Test]
    public void A_triple_syntax_refuses_a_named_graph_with_the_same_exception()
    {
        var act = () => RdfFormat.NTriples.CreateWriter().Write([new Quad(s_a, s_p, s_a, NamedNode.Create("http://g"))], new StringWriter());
        act.Should().Throw<RdfWriteException>();
    }

    [Test]
    public void Xml_results_refuse_U0000_without_leaving_truncated_xml()
    {
        var graph = Graph.Parse("<http://a> <http://p/x> \"ok\" .\n<http://b> <http://p/x> \"a\\u0000b\" .", RdfFormat.NTriples);
        var result = SparqlQuery.Parse("SELECT ?o { ?s ?p ?o } ORDER BY ?s").Execute(graph);
        var output = new StringWriter();
        var act = () => SparqlResultsWriter.Write(result, output, SparqlResultsFormat.Xml);
        act.Should().Throw<RdfWriteException>().Which.Message.Should().Contain("U+0000");
        output.ToString().Should().BeEmpty();
    }

    [Test]
    public void JsonLd_never_nests_past_its_own_readers_limit()
    {
        string Nested(int depth) => "<http://a> <http://p> " + new string('(', depth) + "1" + new string(')', depth) + " .";
        var shallow = Dataset.Parse(Nested(200), RdfFormat.Turtle);
        Dataset.Parse(shallow.ToString(RdfFormat.JsonLd), RdfFormat.JsonLd).Count.Should().Be(shallow.Count);
        var deep = Dataset.Parse(Nested(600), RdfFormat.Turtle);
        var act = () => deep.ToString(RdfFormat.JsonLd);
        act.Should().Throw<RdfWriteException>().Which.Syntax.Should().Be("JSON-LD");
    }

    [Test]
    public void JsonLd_keeps_a_list_in_its_own_graph_when_another_graph_uses_it()
    {
        const string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        var dataset = Dataset.Parse(
            $"_:l <{rdf}first> \"a\" <http://g1> .\n_:l <{rdf}rest> <{rdf}nil> <http://g1> .\n<http://s> <http://p> _:l <http://g2> .\n",
            RdfFormat.NQuads);
        var back = Dataset.Parse(dataset.ToString(RdfFormat.JsonLd), RdfFormat.JsonLd);
        back.ToString(RdfFormat.NQuads).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l[(l.LastIndexOf('<'))..]).Order().Should().Equal("<http://g1> .", "<http://g1> .", "<http://g2> .");
    }

    private static IEnumerable<TestCaseData> UnreadableTerms()
    {
        var iris = new (string Name, string Iri)[]
        {
            ("a space", "http://a b/"), ("a bad percent escape", "http://a/%zz"), ("two fragments", "http://a/#x#y"),
            ("no scheme", "a/b"), ("a lone surrogate", "http://a/\uD800"), ("a control character", "http://a/\u0007"),
        };
        foreach (var format in RdfFormat.All)
        {
            foreach (var (name, iri) in iris)
            {
                var bad = NamedNode.CreateUnchecked(iri);
                yield return new TestCaseData(format, new Quad(s_a, s_p, bad)).SetName($"{format.Name}: object IRI with {name}");
                yield return new TestCaseData(format, new Quad(bad, s_p, s_a)).SetName($"{format.Name}: subject IRI with {name}");
                yield return new TestCaseData(format, new Quad(s_a, s_p, Literal.Create("x", bad))).SetName($"{format.Name}: datatype IRI with {name}");
            }
            yield return new TestCaseData(format, new Quad(s_a, s_p, Literal.CreateUnchecked("x", KnowledgeGraph.Model.Vocab.Rdf.LangString, "en_US")))
                .SetName($"{format.Name}: malformed language tag");
        }
    }

    [TestCaseSource(nameof(UnreadableTerms))]
    public void Every_writer_refuses_a_term_no_reader_accepts(RdfFormat format, Quad quad)
    {
        // The same IRI and language tag rule the readers apply: writing such a term would give unreadable text.
        var act = () => format.CreateWriter().Write([new Quad(s_a, s_p, s_a), quad], new StringWriter());
        act.Should().Throw<RdfWriteException>().Which.Message.Should().NotContainAny("\u0007", "\uD800");
    }
}
