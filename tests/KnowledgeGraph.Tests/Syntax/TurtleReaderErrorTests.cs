using System.Text;
using KnowledgeGraph.Syntax;
using static KnowledgeGraph.Tests.Syntax.SyntaxTestHelpers;

namespace KnowledgeGraph.Tests.Syntax;

public sealed class TurtleReaderErrorTests
{
    [Test]
    public void Error_points_at_the_offending_token_with_line_and_column()
    {
        var e = ReadFails(RdfFormat.Turtle, "@prefix ex: <http://e/> .\nex:s ex:p ex:o ;\n   ex:q ?x .\n");
        e.Line.Should().Be(3);
        e.Column.Should().Be(9);
        e.SourceName.Should().Be("test.ttl");
        e.Message.Should().StartWith("test.ttl:3:9: ");
    }

    [Test]
    public void Missing_dot_is_reported_where_the_next_statement_starts()
    {
        var e = ReadFails(RdfFormat.Turtle, "<http://e/s> <http://e/p> <http://e/o>\n<http://e/s> <http://e/p> <http://e/o> .");
        (e.Line, e.Column).Should().Be((2, 1));
        e.Reason.Should().Contain("expected ',', ';' or '.'");
    }

    [Test]
    public void Undefined_prefix_is_a_positioned_error()
    {
        var e = ReadFails(RdfFormat.Turtle, "<http://e/s> <http://e/p>\n  ex:o .");
        (e.Line, e.Column).Should().Be((2, 3));
        e.Reason.Should().Contain("undefined prefix 'ex:'");
    }

    [TestCase("<http://e/s> <http://e/p> \"abc", "unterminated string")]
    [TestCase("<http://e/s> <http://e/p> \"\"\"abc\n", "unterminated long string")]
    [TestCase("<http://e/s> <http://e/p> <http://e/o", "unterminated IRI")]
    [TestCase("<http://e/s> <http://e/p> [ <http://e/q> <http://e/o>", "the end of the input")]
    [TestCase("<http://e/s> <http://e/p> ( 1 2", "the end of the input")]
    [TestCase("<http://e/s> <http://e/p> <http://e/o>", "the end of the input")]
    [TestCase("<http://e/s> <http://e/p> \"x\"^^", "datatype")]
    public void Truncated_input_is_a_positioned_error(string text, string reason)
    {
        var e = ReadFails(RdfFormat.Turtle, text);
        e.Reason.Should().Contain(reason);
        e.Line.Should().BeGreaterThan(0);
        e.Column.Should().BeGreaterThan(0);
    }

    [Test]
    public void Unclosed_graph_block_in_trig_is_an_error()
    {
        var e = ReadFails(RdfFormat.TriG, "<http://e/g> { <http://e/s> <http://e/p> <http://e/o> .");
        e.Reason.Should().Contain("'}'");
    }

    [Test]
    public void Relative_iri_without_base_is_an_error()
    {
        var e = ReadFails(RdfFormat.Turtle, "<s> <http://e/p> <http://e/o> .");
        (e.Line, e.Column).Should().Be((1, 1));
        e.Reason.Should().Contain("relative IRI");
    }

    [Test]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        var bytes = new List<byte>(Utf8("<http://e/s> <http://e/p>\n  \"caf"));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Utf8("\" ."));
        var act = () => ReadBytes(RdfFormat.Turtle, bytes.ToArray());
        var e = act.Should().Throw<RdfSyntaxException>().Which;
        e.Reason.Should().Contain("UTF-8");
        (e.Line, e.Column).Should().Be((2, 7));
        e.InnerException.Should().BeOfType<DecoderFallbackException>();
    }

    [Test]
    public void Invalid_utf8_far_into_a_large_input_is_still_exactly_positioned()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) sb.Append("<http://e/s> <http://e/p> \"").Append(i).Append("\" .\n");
        var bytes = new List<byte>(Utf8(sb.ToString() + "<http://e/s> <http://e/p> \""));
        bytes.Add(0xFF);
        bytes.AddRange(Utf8("\" .\n"));
        var act = () => ReadBytes(RdfFormat.NTriples, bytes.ToArray());
        var e = act.Should().Throw<RdfSyntaxException>().Which;
        (e.Line, e.Column).Should().Be((5001, 28));
    }

    [Test]
    public void Literal_longer_than_the_limit_is_an_error_not_an_out_of_memory()
    {
        new RdfReaderOptions().MaxLiteralLength.Should().Be(16 * 1024 * 1024);
        var text = "<http://e/s> <http://e/p> \"" + new string('x', 17 * 1024 * 1024) + "\" .";
        var e = ReadFails(RdfFormat.Turtle, text);
        e.Reason.Should().Contain("MaxLiteralLength");
        (e.Line, e.Column).Should().Be((1, 27));
    }

    [Test]
    public void Literal_limit_can_be_lowered_and_applies_to_ntriples()
    {
        var options = new RdfReaderOptions { MaxLiteralLength = 10 };
        ReadFails(RdfFormat.NTriples, "<http://e/s> <http://e/p> \"01234567890\" .", options).Reason.Should().Contain("MaxLiteralLength");
        Read(RdfFormat.NTriples, "<http://e/s> <http://e/p> \"0123456789\" .", options).Should().HaveCount(1);
    }

    [Test]
    public void Cancellation_stops_a_long_parse()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) sb.Append("<http://e/s> <http://e/p> ").Append(i).Append(" .\n");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        foreach (var format in new[] { RdfFormat.Turtle, RdfFormat.TriG, RdfFormat.NTriples, RdfFormat.NQuads })
        {
            var text = format == RdfFormat.NTriples || format == RdfFormat.NQuads ? sb.ToString().Replace(" .\n", "\" .\n").Replace("<http://e/p> ", "<http://e/p> \"") : sb.ToString();
            var act = () => Read(format, text, token: cts.Token);
            act.Should().Throw<OperationCanceledException>(format.Name);
        }
    }
}
