using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Functions;
using static KnowledgeGraph.Tests.Sparql.Functions.TermText;

namespace KnowledgeGraph.Tests.Sparql.Functions;

public class BuiltInFunctionsTests
{
    private static readonly FunctionContext s_context = new() { BaseIri = "http://example.org/base/", Now = new DateTimeOffset(2020, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)) };

    private static string Call(string name, params string[] args) =>
        Show(BuiltInFunctions.Call(name, args.Select(Parse).ToArray(), s_context));

    [TestCase("STR", "<http://a>", "\"http://a\"")]
    [TestCase("STR", "\"a\"@en", "\"a\"")]
    [TestCase("STR", "_:b", "ERROR")]
    [TestCase("LANG", "\"a\"@en-GB", "\"en-GB\"")]
    [TestCase("LANG", "\"a\"", "\"\"")]
    [TestCase("DATATYPE", "\"a\"@en", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>")]
    [TestCase("DATATYPE", "\"1\"^^xsd:integer", "<http://www.w3.org/2001/XMLSchema#integer>")]
    [TestCase("IRI", "\"rel\"", "<http://example.org/base/rel>")]
    [TestCase("ISNUMERIC", "\"12\"^^xsd:integer", "\"true\"^^xsd:boolean")]
    [TestCase("ISNUMERIC", "\"1200\"^^xsd:byte", "\"false\"^^xsd:boolean")]
    [TestCase("ISBLANK", "_:b", "\"true\"^^xsd:boolean")]
    [TestCase("STRLEN", "\"chat\"@fr", "\"4\"^^xsd:integer")]
    [TestCase("STRLEN", "\"\U0001F600x\"", "\"2\"^^xsd:integer")]
    [TestCase("UCASE", "\"foo\"@en", "\"FOO\"@en")]
    [TestCase("LCASE", "\"BAR\"", "\"bar\"")]
    [TestCase("ENCODE_FOR_URI", "\"Los Angeles\"", "\"Los%20Angeles\"")]
    [TestCase("ENCODE_FOR_URI", "\"~bébé\"", "\"~b%C3%A9b%C3%A9\"")]
    [TestCase("ABS", "\"-1.5\"^^xsd:decimal", "\"1.5\"^^xsd:decimal")]
    [TestCase("ROUND", "\"2.5\"^^xsd:decimal", "\"3\"^^xsd:decimal")]
    [TestCase("ROUND", "\"-2.5\"^^xsd:decimal", "\"-2\"^^xsd:decimal")]
    [TestCase("ROUND", "\"-2.5E0\"^^xsd:double", "\"-2.0E0\"^^xsd:double")]
    [TestCase("CEIL", "\"10.5\"^^xsd:decimal", "\"11\"^^xsd:decimal")]
    [TestCase("FLOOR", "\"-10.5\"^^xsd:decimal", "\"-11\"^^xsd:decimal")]
    [TestCase("ROUND", "\"7\"^^xsd:int", "\"7\"^^xsd:integer")]
    [TestCase("YEAR", "\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime", "\"2011\"^^xsd:integer")]
    [TestCase("MONTH", "\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime", "\"1\"^^xsd:integer")]
    [TestCase("HOURS", "\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime", "\"14\"^^xsd:integer")]
    [TestCase("SECONDS", "\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime", "\"13.815\"^^xsd:decimal")]
    [TestCase("TIMEZONE", "\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime", "\"-PT5H\"^^xsd:dayTimeDuration")]
    [TestCase("TIMEZONE", "\"2011-01-10T14:45:13Z\"^^xsd:dateTime", "\"PT0S\"^^xsd:dayTimeDuration")]
    [TestCase("TIMEZONE", "\"2011-01-10T14:45:13\"^^xsd:dateTime", "ERROR")]
    [TestCase("TZ", "\"2011-01-10T14:45:13.815-05:00\"^^xsd:dateTime", "\"-05:00\"")]
    [TestCase("TZ", "\"2011-01-10T14:45:13\"^^xsd:dateTime", "\"\"")]
    [TestCase("MD5", "\"abc\"", "\"900150983cd24fb0d6963f7d28e17f72\"")]
    [TestCase("SHA1", "\"abc\"", "\"a9993e364706816aba3e25717850c26c9cd0d89d\"")]
    [TestCase("MD5", "\"abc\"@en", "ERROR")]
    public void One_argument(string name, string arg, string expected) => Call(name, arg).Should().Be(expected);

    [TestCase("STRSTARTS", "\"foobar\"@en", "\"foo\"", "\"true\"^^xsd:boolean")]
    [TestCase("STRSTARTS", "\"foobar\"@en", "\"foo\"@en", "\"true\"^^xsd:boolean")]
    [TestCase("STRSTARTS", "\"foobar\"", "\"foo\"@en", "ERROR")]
    [TestCase("STRSTARTS", "\"foobar\"@fr", "\"foo\"@en", "ERROR")]
    [TestCase("STRENDS", "\"foobar\"", "\"bar\"", "\"true\"^^xsd:boolean")]
    [TestCase("CONTAINS", "\"foobar\"", "\"ob\"", "\"true\"^^xsd:boolean")]
    [TestCase("CONTAINS", "\"1\"^^xsd:integer", "\"1\"", "ERROR")]
    [TestCase("STRBEFORE", "\"abc\"@en", "\"b\"", "\"a\"@en")]
    [TestCase("STRBEFORE", "\"abc\"@en", "\"z\"", "\"\"")]
    [TestCase("STRBEFORE", "\"abc\"@en", "\"\"", "\"\"@en")]
    [TestCase("STRAFTER", "\"abc\"", "\"b\"", "\"c\"")]
    [TestCase("SUBSTR", "\"foobar\"", "\"4\"^^xsd:integer", "\"bar\"")]
    [TestCase("SUBSTR", "\"12345\"", "\"1.5\"^^xsd:decimal", "\"2345\"")]
    [TestCase("LANGMATCHES", "\"en-US\"", "\"en\"", "\"true\"^^xsd:boolean")]
    [TestCase("LANGMATCHES", "\"fr\"", "\"*\"", "\"true\"^^xsd:boolean")]
    [TestCase("LANGMATCHES", "\"\"", "\"*\"", "\"false\"^^xsd:boolean")]
    [TestCase("LANGMATCHES", "\"english\"", "\"en\"", "\"false\"^^xsd:boolean")]
    [TestCase("STRLANG", "\"chat\"", "\"fr\"", "\"chat\"@fr")]
    [TestCase("STRLANG", "\"chat\"@en", "\"fr\"", "ERROR")]
    [TestCase("STRDT", "\"123\"", "<http://www.w3.org/2001/XMLSchema#integer>", "\"123\"^^xsd:integer")]
    [TestCase("REGEX", "\"Alice\"", "\"^ali\"", "\"false\"^^xsd:boolean")]
    [TestCase("REGEX", "\"Alice\"@en", "\"^ali\"", "\"false\"^^xsd:boolean")]
    [TestCase("REGEX", "\"a\\r\"", "\"^a.$\"", "\"false\"^^xsd:boolean")]
    [TestCase("REGEX", "\"abc\"", "\"(\"", "ERROR")]
    [TestCase("REGEX", "\"abc\\n\"", "\"c$\"", "\"false\"^^xsd:boolean")]
    public void Two_arguments(string name, string a, string b, string expected) => Call(name, a, b).Should().Be(expected);

    [TestCase("SUBSTR", "\"12345\"", "\"0\"^^xsd:integer", "\"3\"^^xsd:integer", "\"12\"")]
    [TestCase("SUBSTR", "\"motor\"@en", "\"2\"^^xsd:integer", "\"3\"^^xsd:integer", "\"oto\"@en")]
    [TestCase("SUBSTR", "\"12345\"", "\"-3\"^^xsd:integer", "\"5\"^^xsd:integer", "\"1\"")]
    [TestCase("SUBSTR", "\"12345\"", "\"NaN\"^^xsd:double", "\"3\"^^xsd:integer", "\"\"")]
    [TestCase("REGEX", "\"Alice\"", "\"^ali\"", "\"i\"", "\"true\"^^xsd:boolean")]
    [TestCase("REGEX", "\"a.c\"", "\".\"", "\"q\"", "\"true\"^^xsd:boolean")]
    [TestCase("REGEX", "\"abc\"", "\"a b c\"", "\"x\"", "\"true\"^^xsd:boolean")]
    [TestCase("REGEX", "\"a\\nb\"", "\"^b$\"", "\"m\"", "\"true\"^^xsd:boolean")]
    [TestCase("REGEX", "\"a\\nb\"", "\"a.b\"", "\"s\"", "\"true\"^^xsd:boolean")]
    [TestCase("REGEX", "\"abc\"", "\"a\"", "\"k\"", "ERROR")]
    [TestCase("REPLACE", "\"abcd\"", "\"b\"", "\"Z\"", "\"aZcd\"")]
    [TestCase("REPLACE", "\"abab\"@en", "\"B\"", "\"Z\"", "\"abab\"@en")]
    [TestCase("REPLACE", "\"abracadabra\"", "\"a(.)\"", "\"a$1$1\"", "\"abbraccaddabbra\"")]
    [TestCase("REPLACE", "\"darted\"", "\"^(.*?)d(.*)$\"", "\"$1c$2\"", "\"carted\"")]
    [TestCase("REPLACE", "\"abc\"", "\"b\"", "\"\\\\$\"", "\"a$c\"")]
    [TestCase("REPLACE", "\"abc\"", "\".*?\"", "\"x\"", "ERROR")]
    public void Three_arguments(string name, string a, string b, string c, string expected) => Call(name, a, b, c).Should().Be(expected);

    [Test]
    public void Replace_with_flags() =>
        Call("REPLACE", "\"AbAb\"", "\"b\"", "\"Z\"", "\"i\"").Should().Be("\"AZAZ\"");

    [Test]
    public void Concat_keeps_a_shared_language_tag_only()
    {
        Call("CONCAT", "\"a\"@en", "\"b\"@en").Should().Be("\"ab\"@en");
        Call("CONCAT", "\"a\"@en", "\"b\"").Should().Be("\"ab\"");
        Call("CONCAT").Should().Be("\"\"");
        Call("CONCAT", "\"a\"", "<http://x>").Should().Be("ERROR");
    }

    [Test]
    public void Uuid_and_struuid_are_fresh_and_well_formed()
    {
        var a = BuiltInFunctions.Call("UUID", [], s_context).Should().BeOfType<NamedNode>().Subject;
        a.Value.Should().MatchRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        Call("STRUUID").Should().NotBe(Call("STRUUID"));
    }

    [Test]
    public void Now_is_the_context_instant() =>
        Call("NOW").Should().Be("\"2020-05-06T07:08:09+02:00\"^^xsd:dateTime");

    [Test]
    public void Rand_is_a_double_in_the_unit_interval()
    {
        var r = (Literal)BuiltInFunctions.Call("RAND", [], s_context)!;
        r.Datatype.Should().Be(Vocab.Xsd.Double);
        double.Parse(r.LexicalForm, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(0, 1);
    }

    [Test]
    public void Wrong_arity_and_unknown_names_throw()
    {
        FluentActions.Invoking(() => BuiltInFunctions.Call("STRLEN", [], s_context)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BuiltInFunctions.Call("NOPE", [], s_context)).Should().Throw<ArgumentException>();
        BuiltInFunctions.TryGetArity("SUBSTR", out int min, out int max).Should().BeTrue();
        (min, max).Should().Be((2, 3));
        BuiltInFunctions.TryGetArity("BOUND", out _, out _).Should().BeFalse();
    }

    [Test]
    public void Catastrophic_patterns_stop_at_the_timeout_instead_of_hanging()
    {
        var text = Literal.Create(new string('a', 40) + "!");
        var pattern = Literal.Create("^(a+)+$");
        FluentActions.Invoking(() => BuiltInFunctions.Call("REGEX", [text, pattern], s_context))
            .Should().Throw<SparqlEvaluationException>();
    }

    [Test]
    public void XPath_functions_are_reachable_by_iri()
    {
        BuiltInFunctions.TryCallIri(BuiltInFunctions.XPathFunctions + "upper-case", [Literal.Create("a")], s_context, out var r).Should().BeTrue();
        Show(r).Should().Be("\"A\"");
        BuiltInFunctions.TryCallIri("http://example.org/unknown", [], s_context, out _).Should().BeFalse();
    }
}
