using KnowledgeGraph.Sparql.Functions;
using static KnowledgeGraph.Tests.Sparql.Functions.TermText;

namespace KnowledgeGraph.Tests.Sparql.Functions;

public class SparqlOperatorsTests
{
    [TestCase("\"true\"^^xsd:boolean", true)]
    [TestCase("\"false\"^^xsd:boolean", false)]
    [TestCase("\"maybe\"^^xsd:boolean", false)]
    [TestCase("\"\"", false)]
    [TestCase("\"a\"", true)]
    [TestCase("\"0\"^^xsd:integer", false)]
    [TestCase("\"0.0\"^^xsd:decimal", false)]
    [TestCase("\"NaN\"^^xsd:double", false)]
    [TestCase("\"12\"^^xsd:int", true)]
    [TestCase("\"abc\"^^xsd:integer", false)]
    public void Effective_boolean_value(string term, bool expected) =>
        SparqlOperators.EffectiveBooleanValue(Parse(term)).Should().Be(expected);

    [TestCase("<http://a>")]
    [TestCase("_:b")]
    [TestCase("\"x\"^^<http://example/t>")]
    [TestCase("\"2020-01-01\"^^xsd:date")]
    public void Effective_boolean_value_errors(string term) =>
        SparqlOperators.EffectiveBooleanValue(Parse(term)).Should().BeNull();

    [TestCase("\"1\"^^xsd:integer", "\"1.0\"^^xsd:decimal", "true")]
    [TestCase("\"1\"^^xsd:integer", "\"1.0E0\"^^xsd:double", "true")]
    [TestCase("\"01\"^^xsd:int", "\"1\"^^xsd:integer", "true")]
    [TestCase("\"a\"", "\"a\"^^xsd:string", "true")]
    [TestCase("\"a\"", "\"a\"@en", "false")]
    [TestCase("\"a\"@en", "\"a\"@EN", "true")]
    [TestCase("\"a\"", "\"1\"^^xsd:integer", "false")]
    [TestCase("<http://a>", "\"http://a\"", "false")]
    [TestCase("<http://a>", "<http://a>", "true")]
    [TestCase("\"x\"^^<http://t>", "\"x\"^^<http://t>", "true")]
    [TestCase("\"x\"^^<http://t>", "\"y\"^^<http://t>", "ERROR")]
    [TestCase("\"x\"^^<http://t>", "\"1\"^^xsd:integer", "ERROR")]
    [TestCase("\"x\"@en", "\"x\"^^<http://t>", "false")]
    [TestCase("\"x\"@en", "\"x\"^^xsd:integer", "false")]
    [TestCase("\"abc\"^^xsd:integer", "\"1\"^^xsd:integer", "ERROR")]
    [TestCase("\"NaN\"^^xsd:double", "\"NaN\"^^xsd:double", "false")]
    [TestCase("\"2002-04-02T12:00:00-01:00\"^^xsd:dateTime", "\"2002-04-02T17:00:00+04:00\"^^xsd:dateTime", "true")]
    [TestCase("\"2002-04-02T12:00:00Z\"^^xsd:dateTime", "\"2002-04-02T12:00:00\"^^xsd:dateTime", "ERROR")]
    [TestCase("\"true\"^^xsd:boolean", "\"1\"^^xsd:boolean", "true")]
    [TestCase("\"2000-01-01T24:00:00Z\"^^xsd:dateTime", "\"2000-01-02T00:00:00Z\"^^xsd:dateTime", "true")]
    [TestCase("\"2000-01-01T10:00:00.5\"^^xsd:dateTime", "\"2000-01-01T10:00:00.50\"^^xsd:dateTime", "true")]
    public void Equal(string a, string b, string expected)
    {
        Show(SparqlOperators.Equal(Parse(a), Parse(b))).Should().Be(expected == "ERROR" ? "ERROR" : $"\"{expected}\"^^xsd:boolean");
        Show(SparqlOperators.NotEqual(Parse(a), Parse(b))).Should().Be(expected == "ERROR" ? "ERROR"
            : $"\"{(expected == "true" ? "false" : "true")}\"^^xsd:boolean");
    }

    [TestCase("<", "\"1\"^^xsd:integer", "\"2.5\"^^xsd:decimal", "true")]
    [TestCase(">=", "\"1.5E0\"^^xsd:double", "\"1.5\"^^xsd:decimal", "true")]
    [TestCase("<", "\"abc\"", "\"abd\"", "true")]
    [TestCase("<", "\"B\"", "\"a\"", "true")]
    [TestCase("<", "\"false\"^^xsd:boolean", "\"true\"^^xsd:boolean", "true")]
    [TestCase("<", "\"2000-01-01T00:00:00Z\"^^xsd:dateTime", "\"2000-01-01T00:00:01Z\"^^xsd:dateTime", "true")]
    [TestCase("<", "\"2000-01-01T00:00:00\"^^xsd:dateTime", "\"2000-01-02T00:00:00Z\"^^xsd:dateTime", "true")]
    [TestCase("<", "\"2000-01-01T12:00:00\"^^xsd:dateTime", "\"2000-01-01T13:00:00Z\"^^xsd:dateTime", "ERROR")]
    [TestCase("<", "\"2000-01-01\"^^xsd:date", "\"2000-01-02\"^^xsd:date", "true")]
    [TestCase("<", "\"a\"@en", "\"b\"@en", "ERROR")]
    [TestCase("<", "\"a\"", "\"1\"^^xsd:integer", "ERROR")]
    [TestCase("<", "<http://a>", "<http://b>", "ERROR")]
    [TestCase("<", "\"NaN\"^^xsd:double", "\"1\"^^xsd:integer", "false")]
    public void Compare(string op, string a, string b, string expected) =>
        Show(SparqlOperators.Compare(op, Parse(a), Parse(b))).Should().Be(expected == "ERROR" ? "ERROR" : $"\"{expected}\"^^xsd:boolean");

    [TestCase('+', "\"1\"^^xsd:integer", "\"2\"^^xsd:integer", "\"3\"^^xsd:integer")]
    [TestCase('+', "\"1\"^^xsd:int", "\"2\"^^xsd:short", "\"3\"^^xsd:integer")]
    [TestCase('/', "\"1\"^^xsd:integer", "\"2\"^^xsd:integer", "\"0.5\"^^xsd:decimal")]
    [TestCase('/', "\"4\"^^xsd:integer", "\"2\"^^xsd:integer", "\"2\"^^xsd:decimal")]
    [TestCase('*', "\"1.5\"^^xsd:decimal", "\"2\"^^xsd:integer", "\"3\"^^xsd:decimal")]
    [TestCase('+', "\"1.5\"^^xsd:decimal", "\"1\"^^xsd:float", "\"2.5E0\"^^xsd:float")]
    [TestCase('-', "\"1\"^^xsd:float", "\"1\"^^xsd:double", "\"0.0E0\"^^xsd:double")]
    [TestCase('/', "\"1\"^^xsd:integer", "\"0\"^^xsd:integer", "ERROR")]
    [TestCase('/', "\"1.0\"^^xsd:decimal", "\"0.0\"^^xsd:decimal", "ERROR")]
    [TestCase('/', "\"1\"^^xsd:double", "\"0\"^^xsd:integer", "\"INF\"^^xsd:double")]
    [TestCase('+', "\"1\"", "\"2\"^^xsd:integer", "ERROR")]
    [TestCase('+', "\"x\"^^xsd:integer", "\"2\"^^xsd:integer", "ERROR")]
    public void Arithmetic(char op, string a, string b, string expected) =>
        Show(SparqlOperators.Arithmetic(op, Parse(a), Parse(b))).Should().Be(expected);

    [Test]
    public void Unary_minus_keeps_the_kind()
    {
        Show(SparqlOperators.Unary('-', Parse("\"1.5\"^^xsd:decimal"))).Should().Be("\"-1.5\"^^xsd:decimal");
        Show(SparqlOperators.Unary('-', Parse("\"3\"^^xsd:integer"))).Should().Be("\"-3\"^^xsd:integer");
        SparqlOperators.Unary('-', Parse("\"a\"")).Should().BeNull();
    }

    [Test]
    public void Order_by_puts_unbound_blank_iri_literal_in_that_order_and_literals_by_value()
    {
        var terms = new[] { "\"10\"^^xsd:integer", "<http://b>", "UNDEF", "\"b\"", "_:x", "\"9.5\"^^xsd:decimal", "\"a\"", "<http://a>" }
            .Select(Parse).ToList();
        terms.Sort(SparqlOperators.OrderCompare);
        terms.Select(Show).Should().Equal("ERROR", "_:x", "<http://a>", "<http://b>", "\"9.5\"^^xsd:decimal", "\"10\"^^xsd:integer", "\"a\"", "\"b\"");
    }
}
