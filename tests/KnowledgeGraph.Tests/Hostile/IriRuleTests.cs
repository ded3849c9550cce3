using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>Issue 17: one IRI validity rule and one dot-segment rule for every reader, so round trips keep triples.</summary>
public class IriRuleTests
{
    private static readonly RdfFormat[] s_textFormats = [RdfFormat.NTriples, RdfFormat.NQuads, RdfFormat.Turtle, RdfFormat.TriG];

    [TestCase("http://a/%zz")]
    [TestCase("http://a/%4")]
    [TestCase("http://a/b##c")]
    public void Every_text_reader_refuses_an_invalid_iri_with_its_position(string iri)
    {
        foreach (var format in s_textFormats)
        {
            var act = () => Dataset.Parse($"<http://s> <http://p> <{iri}> .\n", format);
            act.Should().Throw<RdfSyntaxException>(format.Name).Which.Column.Should().Be(23, format.Name);
        }
        var xml = () => Dataset.Parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://s\">" +
                                      $"<p xmlns=\"http://p/\" rdf:resource=\"{iri}\"/></rdf:Description></rdf:RDF>", RdfFormat.RdfXml);
        xml.Should().Throw<RdfSyntaxException>();
        var create = () => NamedNode.Create(iri);
        create.Should().Throw<ArgumentException>();
    }

    [Test]
    public void A_prefixed_name_cannot_add_a_second_fragment()
    {
        var act = () => Dataset.Parse("@prefix ex: <http://x#> .\nex:a\\#b <http://p> <http://o> .\n", RdfFormat.Turtle);
        act.Should().Throw<RdfSyntaxException>().Which.Line.Should().Be(2);
    }

    [TestCase("http://a/./b")]
    [TestCase("http://a/b/../c")]
    [TestCase("http://a/%41?x=%7e#f")]
    public void An_absolute_iri_reads_the_same_in_every_syntax_and_survives_every_round_trip(string iri)
    {
        var source = Dataset.Parse($"<http://s> <http://p/x> <{iri}> .\n", RdfFormat.NTriples);
        foreach (var format in new[] { RdfFormat.NTriples, RdfFormat.NQuads, RdfFormat.Turtle, RdfFormat.TriG, RdfFormat.RdfXml, RdfFormat.JsonLd })
        {
            var back = Dataset.Parse(source.ToString(format), format);
            back.ToString(RdfFormat.NQuads).Should().Be(source.ToString(RdfFormat.NQuads), format.Name);
        }
    }

    [Test]
    public void Relative_references_still_lose_their_dot_segments_on_resolution() =>
        IriResolver.Resolve("http://a/b/c", "../d/./e").Should().Be("http://a/d/e");

    private static IEnumerable<TestCaseData> RelativeDocuments()
    {
        yield return new TestCaseData(RdfFormat.Turtle, "<> <http://p> <#f> .\n").SetName("turtle");
        yield return new TestCaseData(RdfFormat.TriG, "<g> { <> <http://p> <#f> . }\n").SetName("trig");
        yield return new TestCaseData(RdfFormat.RdfXml, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
            "<rdf:Description rdf:about=\"\"><p xmlns=\"http://p/\" rdf:resource=\"#f\"/></rdf:Description></rdf:RDF>").SetName("rdfxml");
    }

    [TestCaseSource(nameof(RelativeDocuments))]
    public void A_base_iri_that_breaks_the_rule_cannot_make_iris_that_break_it(RdfFormat format, string text)
    {
        // kg convert --base passes the base through: resolving <> against it would give the invalid base itself.
        foreach (var badBase in new[] { "http://a/\u0007", "http://a/%zz", "http://a/#x#y", "nobase" })
        {
            var act = () => Dataset.Parse(text, format, badBase);
            act.Should().Throw<RdfSyntaxException>().Which.Message.Should().NotContain("\u0007").And.NotContain("Parameter");
        }
    }

    [Test]
    public void A_sparql_query_refuses_a_base_iri_that_breaks_the_rule()
    {
        var act = () => SparqlQuery.Parse("SELECT * { <> ?p ?o }", "http://a/\u0007");
        act.Should().Throw<KnowledgeGraph.Sparql.SparqlSyntaxException>();
    }
}
