using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>
/// A lone surrogate is not a Unicode character, so no RDF string can hold one: every reader refuses it even when its
/// input is a .NET string (where nothing decoded UTF-8 first), and every writer refuses a term the model was given
/// with one, instead of writing text whose encoding would silently turn it into U+FFFD.
/// </summary>
public class LoneSurrogateTests
{
    private const char High = '\uD800';
    private const char Low = '\uDC00';

    private static IEnumerable<TestCaseData> Documents() =>
        RawDocuments().Select((c, i) => c.SetName($"{c.Arguments[0]} document {i}"));

    private static IEnumerable<TestCaseData> RawDocuments()
    {
        foreach (var lone in new[] { $"x{High}", $"{Low}x", $"{High}{High}{Low}" })
        {
            var literal = "\"" + lone + "\"";
            yield return new TestCaseData(RdfFormat.NTriples, $"<http://a> <http://p> {literal} .\n");
            yield return new TestCaseData(RdfFormat.NQuads, $"<http://a> <http://p> {literal} <http://g> .\n");
            yield return new TestCaseData(RdfFormat.Turtle, $"<http://a> <http://p> {literal} .\n");
            yield return new TestCaseData(RdfFormat.Turtle, $"<http://a> <http://p> \"\"{literal}\"\" .\n");
            yield return new TestCaseData(RdfFormat.TriG, $"<http://g> {{ <http://a> <http://p> {literal} . }}\n");
            yield return new TestCaseData(RdfFormat.JsonLd, $"{{\"@id\":\"http://a\",\"http://p\":{literal}}}");
            yield return new TestCaseData(RdfFormat.RdfXml,
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://a\">" +
                $"<p xmlns=\"http://p/\">{lone}</p></rdf:Description></rdf:RDF>");
            yield return new TestCaseData(RdfFormat.NTriples, $"<http://a/{lone}> <http://p> \"x\" .\n");
            yield return new TestCaseData(RdfFormat.Turtle, $"<http://a/{lone}> <http://p> \"x\" .\n");
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_reader_refuses_a_lone_surrogate(RdfFormat format, string text)
    {
        var act = () => Dataset.Parse(text, format);
        act.Should().Throw<RdfSyntaxException>();
    }

    [Test]
    public void Every_writer_refuses_a_literal_with_a_lone_surrogate([ValueSource(typeof(RdfFormat), nameof(RdfFormat.All))] RdfFormat format)
    {
        var quad = new Quad(NamedNode.Create("http://a"), NamedNode.Create("http://p/x"), Literal.Create("x" + High));
        var act = () => format.CreateWriter().Write([quad], new StringWriter());
        act.Should().Throw<RdfWriteException>().Which.Message.Should().Contain("surrogate");
    }
}
