using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using static KnowledgeGraph.Tests.Syntax.SyntaxTestHelpers;

namespace KnowledgeGraph.Tests.Syntax;

public sealed class TurtleReaderNestingTests
{
    private const int Depth = 100_000;

    private static string Nested(string open, string inner, string close)
    {
        var sb = new StringBuilder("<http://e/s> <http://e/p> ");
        for (int i = 0; i < Depth; i++) sb.Append(open);
        sb.Append(inner);
        for (int i = 0; i < Depth; i++) sb.Append(close);
        return sb.Append(" .").ToString();
    }

    [Test]
    public void Hundred_thousand_unclosed_brackets_give_an_error()
    {
        var text = "<http://e/s> <http://e/p> " + string.Concat(Enumerable.Repeat("[ <http://e/q> ", Depth));
        ReadFails(RdfFormat.Turtle, text).Reason.Should().Contain("MaxNestingDepth");
    }

    [Test]
    public void Hundred_thousand_unclosed_parentheses_give_an_error()
    {
        var text = "<http://e/s> <http://e/p> " + new string('(', Depth);
        ReadFails(RdfFormat.Turtle, text).Reason.Should().Contain("MaxNestingDepth");
    }

    [Test]
    public void Hundred_thousand_nested_property_lists_parse_when_the_limit_allows_it()
    {
        var text = Nested("[ <http://e/q> ", "1", " ]");
        var quads = Read(RdfFormat.Turtle, text, new RdfReaderOptions { MaxNestingDepth = Depth + 10 });
        quads.Should().HaveCount(Depth + 1);
    }

    [Test]
    public void Hundred_thousand_nested_collections_parse_when_the_limit_allows_it()
    {
        var text = Nested("( ", "1", " )");
        var quads = Read(RdfFormat.Turtle, text, new RdfReaderOptions { MaxNestingDepth = Depth + 10 });
        // each level: rdf:first and rdf:rest; plus the outer triple
        quads.Should().HaveCount(2 * Depth + 1);
        quads.Count(q => q.Predicate.Equals(Vocab.Rdf.Rest) && q.Object.Equals(Vocab.Rdf.Nil)).Should().Be(Depth);
    }

    [Test]
    public void Deep_nesting_stays_within_the_default_limit_or_reports_it()
    {
        var e = ReadFails(RdfFormat.Turtle, Nested("[ <http://e/q> ", "1", " ]"));
        e.Reason.Should().Contain("10000");
        e.Line.Should().Be(1);
    }

    [Test]
    public void Writer_handles_a_graph_nested_deeper_than_it_inlines()
    {
        var text = Nested("[ <http://e/q> ", "1", " ]");
        var quads = Read(RdfFormat.Turtle, text, new RdfReaderOptions { MaxNestingDepth = Depth + 10 });
        var written = Write(RdfFormat.Turtle, quads);
        var back = Read(RdfFormat.Turtle, written);
        back.Should().HaveCount(quads.Count);
    }
}
