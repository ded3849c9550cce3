using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Functions;
using static KnowledgeGraph.Tests.Sparql.Functions.TermText;

namespace KnowledgeGraph.Tests.Sparql.Functions;

public class CastsTests
{
    private static string Cast(string type, string arg)
    {
        BuiltInFunctions.TryCallIri(Vocab.Xsd.Namespace + type, [Parse(arg)], new FunctionContext(), out var result).Should().BeTrue();
        return Show(result);
    }

    [TestCase("string", "<http://a>", "\"http://a\"")]
    [TestCase("string", "\"1\"^^xsd:integer", "\"1\"")]
    [TestCase("string", "\"1.0\"^^xsd:decimal", "\"1\"")]
    [TestCase("string", "\"0E1\"^^xsd:double", "\"0\"")]
    [TestCase("string", "\"-7.875\"^^xsd:float", "\"-7.875\"")]
    [TestCase("string", "\"1E7\"^^xsd:double", "\"1.0E7\"")]
    [TestCase("string", "\"0\"^^xsd:boolean", "\"false\"")]
    [TestCase("string", "_:b", "ERROR")]
    [TestCase("integer", "<http://a>", "ERROR")]
    [TestCase("integer", "\"12\"", "\"12\"^^xsd:integer")]
    [TestCase("integer", "\" 12 \"", "\"12\"^^xsd:integer")]
    [TestCase("integer", "\"1.5\"", "ERROR")]
    [TestCase("integer", "\"1.9\"^^xsd:decimal", "\"1\"^^xsd:integer")]
    [TestCase("integer", "\"-1.9E0\"^^xsd:double", "\"-1\"^^xsd:integer")]
    [TestCase("integer", "\"INF\"^^xsd:double", "ERROR")]
    [TestCase("integer", "\"true\"^^xsd:boolean", "\"1\"^^xsd:integer")]
    [TestCase("decimal", "\"1\"^^xsd:integer", "\"1\"^^xsd:decimal")]
    [TestCase("decimal", "\"1e3\"", "ERROR")]
    [TestCase("double", "\"1\"", "\"1.0E0\"^^xsd:double")]
    [TestCase("double", "\"1.5\"^^xsd:decimal", "\"1.5E0\"^^xsd:double")]
    [TestCase("float", "\"0.5\"", "\"5.0E-1\"^^xsd:float")]
    [TestCase("boolean", "\"0\"^^xsd:integer", "\"false\"^^xsd:boolean")]
    [TestCase("boolean", "\"NaN\"^^xsd:double", "\"false\"^^xsd:boolean")]
    [TestCase("boolean", "\"yes\"", "ERROR")]
    [TestCase("boolean", "\"1\"", "\"true\"^^xsd:boolean")]
    [TestCase("dateTime", "\"2001-10-26T21:32:52\"", "\"2001-10-26T21:32:52\"^^xsd:dateTime")]
    [TestCase("dateTime", "\"2001-02-30T21:32:52\"", "ERROR")]
    [TestCase("dateTime", "\"2001-10-26\"^^xsd:date", "\"2001-10-26T00:00:00\"^^xsd:dateTime")]
    [TestCase("date", "\"2001-10-26T21:32:52Z\"^^xsd:dateTime", "\"2001-10-26Z\"^^xsd:date")]
    [TestCase("byte", "\"300\"", "ERROR")]
    [TestCase("int", "\"300\"", "\"300\"^^xsd:int")]
    [TestCase("integer", "\"a\"@en", "ERROR")]
    public void Cast_table(string type, string arg, string expected) => Cast(type, arg).Should().Be(expected);
}
