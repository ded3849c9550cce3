using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Sparql.Results;

public class SparqlResultsFormatsTests
{
    private static readonly string[] s_vars = ["s", "o", "n"];

    private static SparqlResult Sample() => SparqlResult.FromResultSet(new SparqlResultSet(s_vars,
    [
        new SparqlRow(s_vars, [NamedNode.Create("http://example.org/a"), Literal.CreateLanguageTagged("chat, \"cat\"", "en-GB"), Literal.Integer(4)]),
        new SparqlRow(s_vars, [BlankNode.Create("b0"), Literal.Create("tab\there\r\nline"), null]),
        new SparqlRow(s_vars, [null, Literal.Create("1.5", Vocab.Xsd.Decimal), Literal.Create("x", NamedNode.Create("http://example.org/t"))]),
        new SparqlRow(s_vars, [null, Literal.Create("1.0E3", Vocab.Xsd.Double), Literal.Boolean(true)]),
    ]));

    [TestCase(SparqlResultsFormat.Json)]
    [TestCase(SparqlResultsFormat.Xml)]
    [TestCase(SparqlResultsFormat.Tsv)]
    public void Select_results_round_trip(SparqlResultsFormat format)
    {
        var text = SparqlResultsWriter.ToString(Sample(), format);
        var back = SparqlResultsReader.Parse(text, format);
        back.Kind.Should().Be(SparqlResultKind.Bindings);
        back.ResultSet.Variables.Should().Equal(s_vars);
        back.ResultSet.Select(r => r.ToString()).Should().Equal(Sample().ResultSet.Select(r => r.ToString()));
    }

    [TestCase(SparqlResultsFormat.Json)]
    [TestCase(SparqlResultsFormat.Xml)]
    [TestCase(SparqlResultsFormat.Tsv)]
    public void Ask_results_round_trip(SparqlResultsFormat format)
    {
        foreach (var value in new[] { true, false })
        {
            var back = SparqlResultsReader.Parse(SparqlResultsWriter.ToString(SparqlResult.FromBoolean(value), format), format);
            back.Boolean.Should().Be(value);
        }
    }

    [Test]
    public void Writers_are_deterministic()
    {
        foreach (var format in Enum.GetValues<SparqlResultsFormat>())
            SparqlResultsWriter.ToString(Sample(), format).Should().Be(SparqlResultsWriter.ToString(Sample(), format));
    }

    [Test]
    public void Csv_writes_plain_values_and_quotes_when_needed() =>
        SparqlResultsWriter.ToString(Sample(), SparqlResultsFormat.Csv).Should().Be(
            "s,o,n\r\n" +
            "http://example.org/a,\"chat, \"\"cat\"\"\",4\r\n" +
            "_:b0,\"tab\there\r\nline\",\r\n" +
            ",1.5,x\r\n" +
            ",1.0E3,true\r\n");

    [Test]
    public void Tsv_writes_turtle_terms_with_short_numbers()
    {
        var lines = SparqlResultsWriter.ToString(Sample(), SparqlResultsFormat.Tsv).Split('\n');
        lines[0].Should().Be("?s\t?o\t?n");
        lines[1].Should().Be("<http://example.org/a>\t\"chat, \\\"cat\\\"\"@en-GB\t4");
        lines[2].Should().Be("_:b0\t\"tab\\there\\r\\nline\"\t");
        lines[4].Should().Be("\t1.0E3\ttrue");
    }

    [Test]
    public void Json_reader_accepts_members_in_any_order_and_typed_literal()
    {
        var r = SparqlResultsReader.Parse("""
            { "results": { "bindings": [ { "x": { "type": "typed-literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer" } } ] },
              "head": { "vars": [ "x" ] } }
            """, SparqlResultsFormat.Json);
        r.ResultSet[0]["x"].Should().Be(Literal.Integer(1));
    }

    [TestCase(SparqlResultsFormat.Json, "{ \"head\": { \"vars\": [\"x\"] },\n  \"results\": { \"bindings\": [ { \"y\": { \"type\": \"uri\", \"value\": \"http://a\" } } ] } }", 2)]
    [TestCase(SparqlResultsFormat.Json, "{ \"head\": {\n \"vars\": [\"x\"] ", 2)]
    [TestCase(SparqlResultsFormat.Json, "{ \"head\": { \"vars\": [\"x\"] },\n \"results\": { \"bindings\": [ { \"x\": { \"type\": \"iri\", \"value\": \"a\" } } ] } }", 2)]
    [TestCase(SparqlResultsFormat.Xml, "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n<head><variable name=\"x\"/></head>\n<results><result><binding name=\"x\"><foo/></binding></result></results></sparql>", 3)]
    [TestCase(SparqlResultsFormat.Xml, "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n<head>\n</sparql>", 3)]
    [TestCase(SparqlResultsFormat.Xml, "<!DOCTYPE x [<!ENTITY a \"b\">]>\n<sparql/>", 1)]
    [TestCase(SparqlResultsFormat.Tsv, "?x\t?y\n<http://a>\t\"unterminated\n", 2)]
    [TestCase(SparqlResultsFormat.Tsv, "?x\n<http://a>\t<http://b>\n", 2)]
    [TestCase(SparqlResultsFormat.Tsv, "x\n", 1)]
    public void Readers_report_the_line_of_bad_input(SparqlResultsFormat format, string text, int line)
    {
        var e = FluentActions.Invoking(() => SparqlResultsReader.Parse(text, format)).Should().Throw<RdfSyntaxException>().Which;
        e.Line.Should().Be(line);
        e.Column.Should().BeGreaterThan(0);
    }

    [Test]
    public void Csv_cannot_be_read_back() =>
        FluentActions.Invoking(() => SparqlResultsReader.Parse("x\r\n1\r\n", SparqlResultsFormat.Csv)).Should().Throw<NotSupportedException>();

    [Test]
    public void Graph_results_are_refused_by_the_writer() =>
        FluentActions.Invoking(() => SparqlResultsWriter.ToString(SparqlResult.FromGraph(new KnowledgeGraph.Graph()), SparqlResultsFormat.Json))
            .Should().Throw<ArgumentException>();

    [TestCase(SparqlResultsFormat.Json)]
    [TestCase(SparqlResultsFormat.Xml)]
    [TestCase(SparqlResultsFormat.Tsv)]
    public void Solutions_without_variables_round_trip(SparqlResultsFormat format)
    {
        var empty = SparqlResult.FromResultSet(new SparqlResultSet([], [new SparqlRow([], []), new SparqlRow([], [])]));
        var back = SparqlResultsReader.Parse(SparqlResultsWriter.ToString(empty, format), format);
        back.ResultSet.Variables.Should().BeEmpty();
        back.ResultSet.Count.Should().Be(2);
    }
}
