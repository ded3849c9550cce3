using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>The harness's own comparison must reject what it should, or engine bugs would pass unnoticed.</summary>
public class ResultSetComparerTests
{
    private static readonly string[] s_vars = ["a", "b"];

    private static SparqlResultSet Set(params Term?[][] rows) =>
        new(s_vars, rows.Select(r => new SparqlRow(s_vars, r)).ToList());

    private static readonly Term s_x = NamedNode.Create("http://x");

    [Test]
    public void One_blank_node_bijection_spans_all_rows()
    {
        var shared = Set([BlankNode.Create("p"), s_x], [BlankNode.Create("p"), Literal.Create("1")]);
        var renamed = Set([BlankNode.Create("q"), s_x], [BlankNode.Create("q"), Literal.Create("1")]);
        var split = Set([BlankNode.Create("q"), s_x], [BlankNode.Create("r"), Literal.Create("1")]);
        ResultSetComparer.Compare(shared, renamed, false, null).Should().BeNull();
        ResultSetComparer.Compare(shared, split, false, null).Should().NotBeNull();
    }

    [Test]
    public void Rows_are_a_multiset()
    {
        var twice = Set([s_x, null], [s_x, null]);
        var once = Set([s_x, null]);
        ResultSetComparer.Compare(twice, once, false, null).Should().NotBeNull();
        ResultSetComparer.Compare(twice, once, true, null).Should().BeNull("REDUCED may drop duplicates");
        ResultSetComparer.Compare(once, twice, true, null).Should().NotBeNull("REDUCED never adds rows");
    }

    [Test]
    public void Order_is_checked_on_the_sort_keys_only()
    {
        var expected = Set([Literal.Integer(1), Literal.Create("x")], [Literal.Integer(1), Literal.Create("y")], [Literal.Integer(2), Literal.Create("z")]);
        var tiesSwapped = Set([Literal.Integer(1), Literal.Create("y")], [Literal.Integer(1), Literal.Create("x")], [Literal.Integer(2), Literal.Create("z")]);
        var reversed = Set([Literal.Integer(2), Literal.Create("z")], [Literal.Integer(1), Literal.Create("x")], [Literal.Integer(1), Literal.Create("y")]);
        ResultSetComparer.Compare(expected, tiesSwapped, false, ["a"]).Should().BeNull();
        ResultSetComparer.Compare(expected, reversed, false, ["a"]).Should().NotBeNull();
        ResultSetComparer.Compare(expected, reversed, false, null).Should().BeNull();
    }

    [Test]
    public void Literals_compare_as_terms_with_case_insensitive_tags()
    {
        ResultSetComparer.Compare(Set([Literal.CreateLanguageTagged("a", "en-US"), null]), Set([Literal.CreateLanguageTagged("a", "en-us"), null]), false, null).Should().BeNull();
        ResultSetComparer.Compare(Set([Literal.Create("1"), null]), Set([Literal.Integer(1), null]), false, null).Should().NotBeNull();
        ResultSetComparer.Compare(Set([Literal.Create("1", Vocab.Xsd.Decimal), null]), Set([Literal.Integer(1), null]), false, null).Should().NotBeNull();
        ResultSetComparer.Compare(Set([Literal.Create("6", Vocab.Xsd.Decimal), null]), Set([Literal.Create("6.0", Vocab.Xsd.Decimal), null]), false, null)
            .Should().NotBeNull("equal values in different lexical forms are different terms");
        ResultSetComparer.Compare(Set([Literal.Create("6", Vocab.Xsd.Double), null]), Set([Literal.Create("6.0E0", Vocab.Xsd.Double), null]), false, null)
            .Should().BeNull("a non-canonical expectation matches our canonical form");
        ResultSetComparer.Compare(Set([Literal.Create("6.0E0", Vocab.Xsd.Double), null]), Set([Literal.Create("6E0", Vocab.Xsd.Double), null]), false, null)
            .Should().NotBeNull("our side is never canonicalised");
        ResultSetComparer.Compare(Set([Literal.Create("2.0E-1", Vocab.Xsd.Double), null]), Set([Literal.Create("2E-1", Vocab.Xsd.Double), null]), false, null, byValue: true)
            .Should().BeNull();
    }

    [TestCase("6.0", "decimal", "6")]
    [TestCase("-0.0", "decimal", "0")]
    [TestCase("+001.500", "decimal", "1.5")]
    [TestCase(".5", "decimal", "0.5")]
    [TestCase("1050", "double", "1.05E3")]
    [TestCase("0.2", "double", "2.0E-1")]
    [TestCase("1.0e6", "double", "1.0E6")]
    [TestCase("0", "double", "0.0E0")]
    [TestCase("-0E3", "double", "-0.0E0")]
    [TestCase("+INF", "float", "INF")]
    [TestCase("0.1", "float", "1.0E-1")]
    [TestCase("007", "integer", "7")]
    [TestCase("-0", "int", "0")]
    [TestCase("1", "boolean", "true")]
    public void Canonical_forms_follow_xsd_1_1(string lexical, string type, string canonical)
    {
        var xsd = NamedNode.Create("http://www.w3.org/2001/XMLSchema#" + type);
        ((Literal)CanonicalLiteral.Of(Literal.Create(lexical, xsd))!).LexicalForm.Should().Be(canonical);    }

    [Test]
    public void Order_keys_come_from_the_outer_order_by()
    {
        OrderKeys.Of("SELECT * { ?s <http://x#y> ?o } ORDER BY DESC(?o) ?s LIMIT 3").Should().Equal("o", "s");
        OrderKeys.Of("SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 1 } }").Should().BeEmpty();
        OrderKeys.Of("# ORDER BY ?x\nSELECT * { ?s ?p \"ORDER BY ?z\" }").Should().BeEmpty();
    }
}
