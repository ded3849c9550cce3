using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using static KnowledgeGraph.Tests.Syntax.SyntaxTestHelpers;

namespace KnowledgeGraph.Tests.Syntax;

public sealed class NTriplesReaderTests
{
    [Test]
    public void Reads_all_term_kinds()
    {
        var quads = Read(RdfFormat.NQuads, """
            # comment
            <http://e/s> <http://e/p> "a\tb\u00E9\U0001F600"@en <http://e/g> .
            _:x <http://e/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:x <http://e/p> <http://e/o> _:g .
            """);
        quads.Should().HaveCount(3);
        quads[0].Object.Should().Be(Literal.CreateLanguageTagged("a\tbé😀", "en"));
        quads[0].Graph.Should().Be(NamedNode.Create("http://e/g"));
        quads[1].Subject.Should().Be(quads[2].Subject);
        quads[2].Graph.Should().BeOfType<BlankNode>();
    }

    [TestCase("<s> <http://e/p> <http://e/o> .", "relative IRI")]
    [TestCase("<http://e/s> <http://e/p> 'x' .", "double-quoted")]
    [TestCase("<http://e/s> <http://e/p> 1 .", "expected an object")]
    [TestCase("<http://e/s> <http://e/p> <http://e/o> . <http://e/s> <http://e/p> <http://e/o> .", "own line")]
    [TestCase("@prefix ex: <http://e/> .", "expected a subject")]
    [TestCase("<http://e/s> <http://e/p> <http://e/o>", "expected '.'")]
    public void Rejects_what_ntriples_does_not_allow(string text, string reason) =>
        ReadFails(RdfFormat.NTriples, text).Reason.Should().Contain(reason);

    [Test]
    public void Ntriples_rejects_a_graph_term()
    {
        ReadFails(RdfFormat.NTriples, "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .").Column.Should().Be(40);
    }
}
