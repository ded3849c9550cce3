using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>Issue 17: every reader applies one language tag rule and one literal length limit, with a positioned error.</summary>
public class ReaderLimitTests
{
    private static readonly string s_longTag = new('a', 300);

    private static IEnumerable<TestCaseData> LongTagDocuments()
    {
        yield return new TestCaseData(RdfFormat.NTriples, $"<http://a> <http://p> \"x\"@{s_longTag} .\n").SetName("ntriples");
        yield return new TestCaseData(RdfFormat.NQuads, $"<http://a> <http://p> \"x\"@{s_longTag} <http://g> .\n").SetName("nquads");
        yield return new TestCaseData(RdfFormat.Turtle, $"<http://a> <http://p> \"x\"@{s_longTag} .\n").SetName("turtle");
        yield return new TestCaseData(RdfFormat.TriG, $"<http://g> {{ <http://a> <http://p> \"x\"@{s_longTag} . }}\n").SetName("trig");
        yield return new TestCaseData(RdfFormat.JsonLd, $"{{\"@id\":\"http://a\",\"http://p\":{{\"@value\":\"x\",\"@language\":\"{s_longTag}\"}}}}").SetName("jsonld");
        yield return new TestCaseData(RdfFormat.RdfXml,
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://a\">" +
            $"<p xmlns=\"http://p/\" xml:lang=\"{s_longTag}\">x</p></rdf:Description></rdf:RDF>").SetName("rdfxml");
    }

    [TestCaseSource(nameof(LongTagDocuments))]
    public void A_language_tag_over_255_characters_is_a_positioned_syntax_error(RdfFormat format, string text)
    {
        var act = () => Dataset.Parse(text, format);
        var e = act.Should().Throw<RdfSyntaxException>().Which;
        e.Reason.Should().Contain("longer than the 255");
        e.Line.Should().Be(1);
        e.Column.Should().BeGreaterThan(1);
    }

    [Test]
    public void A_tag_of_exactly_255_characters_is_stored()
    {
        var tag = "a" + string.Concat(Enumerable.Repeat("-b", 127));
        tag.Length.Should().Be(255);
        Dataset.Parse($"<http://a> <http://p> \"x\"@{tag} .", RdfFormat.NTriples).Count.Should().Be(1);
    }

    private static IEnumerable<TestCaseData> LongLiteralDocuments()
    {
        var big = new string('x', 5_000);
        yield return new TestCaseData(RdfFormat.JsonLd, $"{{\"@id\":\"http://a\",\"http://p\":\"{big}\"}}").SetName("jsonld string");
        yield return new TestCaseData(RdfFormat.JsonLd, $"{{\"@id\":\"http://a\",\"http://p\":\"{string.Concat(Enumerable.Repeat("\\u0041", 1_100))}\"}}")
            .SetName("jsonld escapes count as one character each");
        yield return new TestCaseData(RdfFormat.RdfXml,
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://a\">" +
            $"<p xmlns=\"http://p/\">{big}</p></rdf:Description></rdf:RDF>").SetName("rdfxml text");
        yield return new TestCaseData(RdfFormat.Turtle, $"<http://a> <http://p> \"{big}\" .").SetName("turtle");
    }

    [TestCaseSource(nameof(LongLiteralDocuments))]
    public void Every_reader_honours_MaxLiteralLength(RdfFormat format, string text)
    {
        var options = new RdfReaderOptions { MaxLiteralLength = 1_000, SourceName = "in" };
        var act = () => format.CreateReader().Read(new StringReader(text), new NullSink(), options);
        act.Should().Throw<RdfSyntaxException>().Which.Message.Should().Contain("MaxLiteralLength");
    }

    [Test]
    public void The_rdfxml_guard_stops_a_huge_text_node_while_it_streams()
    {
        // A reader that would hand out 2 GB of text: the guard must stop long before the XML parser buffers it.
        var options = new RdfReaderOptions { MaxLiteralLength = 1_000_000 };
        var input = new EndlessTextReader("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://a\"><p xmlns=\"http://p/\">");
        var act = () => RdfFormat.RdfXml.CreateReader().Read(input, new NullSink(), options);
        act.Should().Throw<RdfSyntaxException>();
        input.Delivered.Should().BeLessThan(10_000_000);
    }

    [Test]
    public void The_jsonld_guard_stops_a_huge_string_while_it_streams()
    {
        var options = new RdfReaderOptions { MaxLiteralLength = 1_000_000 };
        var input = new EndlessTextReader("{\"@id\":\"http://a\",\"http://p\":\"");
        var act = () => RdfFormat.JsonLd.CreateReader().Read(input, new NullSink(), options);
        act.Should().Throw<RdfSyntaxException>();
        input.Delivered.Should().BeLessThan(10_000_000);
    }

    private sealed class NullSink : IRdfSink
    {
        public int Quads { get; private set; }

        public void OnQuad(KnowledgeGraph.Model.Quad quad) => Quads++;

        public void OnPrefix(string prefix, string namespaceIri) { }

        public void OnBase(string baseIri) { }
    }

    [TestCase("x\\ud800")]
    [TestCase("x\\udc00y")]
    [TestCase("\\ud800\\u0041")]
    [TestCase("raw")]
    public void Jsonld_refuses_a_lone_surrogate_as_the_other_readers_do(string value)
    {
        if (value == "raw") value = "x" + (char)0xD800; // an attribute argument cannot carry a lone surrogate
        // N-Triples, Turtle and the rest refuse \uD800; a JSON string escape must not smuggle one in.
        var act = () => Dataset.Parse($"{{\"@id\":\"http://a\",\"http://p\":\"{value}\"}}", RdfFormat.JsonLd);
        act.Should().Throw<RdfSyntaxException>().Which.Message.Should().Contain("surrogate");
    }

    [Test]
    public void Jsonld_keeps_a_surrogate_pair()
    {
        var dataset = Dataset.Parse("{\"@id\":\"http://a\",\"http://p\":\"\\ud83d\\ude00\"}", RdfFormat.JsonLd);
        dataset.ToString(RdfFormat.NTriples).Should().Contain("\U0001F600");
    }

    private const string RdfXmlHead = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"http://a\"><p xmlns=\"http://p/\">";

    [TestCase("<![CDATA[", "<x")]
    [TestCase("<!--", "<x")]
    [TestCase("<?pi ", "<x")]
    public void The_rdfxml_guard_stops_a_huge_section_whose_text_holds_markup_characters(string opener, string filler)
    {
        // A CDATA section, a comment or a processing instruction may hold '<', which must not restart the count:
        // the XML parser buffers the section whole.
        var options = new RdfReaderOptions { MaxLiteralLength = 1_000_000 };
        var input = new EndlessTextReader(RdfXmlHead + opener, filler);
        var act = () => RdfFormat.RdfXml.CreateReader().Read(input, new NullSink(), options);
        act.Should().Throw<RdfSyntaxException>().Which.Message.Should().Contain("MaxLiteralLength");
        input.Delivered.Should().BeLessThan(10_000_000);
    }

    [Test]
    public void The_rdfxml_guard_counts_each_node_not_the_document()
    {
        // Many small nodes, CDATA sections, comments, a DTD with quoted values and apostrophes in text: far more
        // characters in all than the limit, none of them one long node.
        var body = new System.Text.StringBuilder();
        for (int i = 0; i < 2_000; i++)
            body.Append($"<rdf:Description rdf:about=\"http://a/{i}\"><p xmlns=\"http://p/\">don't &f; <![CDATA[<x>]]]]><!-- <y> --></p></rdf:Description>\n");
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY e \"it's <b>\"> <!ENTITY f \"plain\"> <!-- a ] comment's --> ]>\n" +
                   "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" + body + "</rdf:RDF>";
        text.Length.Should().BeGreaterThan(100_000);
        var sink = new NullSink();
        RdfFormat.RdfXml.CreateReader().Read(new StringReader(text), sink, new RdfReaderOptions { MaxLiteralLength = 1_000 });
        sink.Quads.Should().Be(2_000);
    }

    /// <summary>A head, then a filler repeated for ever (up to 2 GB), counting what it delivered.</summary>
    private sealed class EndlessTextReader(string head, string filler = "x") : TextReader
    {
        public long Delivered { get; private set; }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (Delivered >= int.MaxValue) return 0;
            int n = 0;
            while (n < buffer.Length)
            {
                buffer[n] = Delivered < head.Length ? head[(int)Delivered] : filler[(int)((Delivered - head.Length) % filler.Length)];
                n++;
                Delivered++;
            }
            return n;
        }

        public override int Read()
        {
            Span<char> one = stackalloc char[1];
            return Read(one) == 0 ? -1 : one[0];
        }

        public override int Peek() => Delivered < head.Length ? head[(int)Delivered] : filler[(int)((Delivered - head.Length) % filler.Length)];
    }
}
