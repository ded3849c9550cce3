using System.Text;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

public class ConvertTests
{
    private const string Turtle = """
        @prefix ex: <http://example.org/> .
        ex:aws ex:closed ex:lab ; ex:name "Amazon Web Services"@en .
        ex:lab a ex:ResearchLab .
        """;

    private TempFolder _dir = null!;

    [SetUp] public void SetUp() => _dir = new TempFolder();
    [TearDown] public void TearDown() => _dir.Dispose();

    [Test]
    public void Converts_a_file_to_another_file_chosen_by_extension()
    {
        _dir.File("a.ttl", Turtle);
        var run = KgRunner.Run(_dir.Path, "convert", "a.ttl", "-o", "a.nt");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        var written = File.ReadAllText(Path.Combine(_dir.Path, "a.nt"));
        written.Should().Contain("<http://example.org/aws> <http://example.org/closed> <http://example.org/lab> .");
        Graph.Parse(written, RdfFormat.NTriples).IsIsomorphicWith(Graph.Parse(Turtle, RdfFormat.Turtle)).Should().BeTrue();
        _dir.Entries().Should().Equal("a.nt", "a.ttl");
    }

    [Test]
    public void Lang_chooses_the_label_language_of_graph_exports()
    {
        _dir.File("l.ttl", Turtle + "ex:aws ex:name \"亚马逊网络服务\"@zh-Hans .\n" +
            "ex:aws <http://www.w3.org/2000/01/rdf-schema#label> \"Amazon Web Services\"@en , \"亚马逊网络服务\"@zh-Hans .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "l.ttl", "--to", "graphml", "--lang", "zh-Hans");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("<data key=\"label\">亚马逊网络服务</data>")
            .And.Contain("<data key=\"label_en\">Amazon Web Services</data>")
            .And.Contain("attr.name=\"label_zh-Hans\"");
        var dot = KgRunner.Run(_dir.Path, "convert", "l.ttl", "--to", "dot", "--lang", "zh-Hans");
        dot.Stdout.Should().Contain("亚马逊网络服务");
        var bad = KgRunner.Run(_dir.Path, "convert", "l.ttl", "--to", "gexf", "--lang", "");
        bad.ExitCode.Should().Be(2, bad.ToString());
    }

    [Test]
    public void Reads_standard_input_and_writes_standard_output()
    {
        var run = KgRunner.RunWithInput(_dir.Path, Turtle, "convert", "-", "--to", "ntriples");
        run.ExitCode.Should().Be(0, run.ToString());
        Graph.Parse(run.Stdout, RdfFormat.NTriples).Count.Should().Be(3);
        run.Stderr.Should().BeEmpty();
    }

    [Test]
    public void The_default_output_is_turtle_on_standard_output()
    {
        var run = KgRunner.RunWithInput(_dir.Path, "<http://e/s> <http://e/p> \"o\" .\n", "convert", "-", "--from", "ntriples");
        run.ExitCode.Should().Be(0, run.ToString());
        Graph.Parse(run.Stdout, RdfFormat.Turtle).Count.Should().Be(1);
    }

    [Test]
    public void The_option_format_wins_over_the_extension()
    {
        _dir.File("data.txt", "<http://e/s> <http://e/p> <http://e/o> .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "data.txt", "--from", "ntriples", "-o", "out.data", "--to", "nquads");
        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(Path.Combine(_dir.Path, "out.data")).Should().Be("<http://e/s> <http://e/p> <http://e/o> .\n");
    }

    [Test]
    public void Relative_iris_resolve_against_the_file_iri_or_base()
    {
        _dir.File("rel.ttl", "<s> <p> <o> .");
        var byFile = KgRunner.Run(_dir.Path, "convert", "rel.ttl", "--to", "ntriples");
        byFile.Stdout.Should().Contain("<" + RdfInput.FileIri(Path.Combine(_dir.Path, "s")) + ">");
        var byBase = KgRunner.Run(_dir.Path, "convert", "rel.ttl", "--to", "ntriples", "--base", "http://example.org/dir/");
        byBase.Stdout.Should().Be("<http://example.org/dir/s> <http://example.org/dir/p> <http://example.org/dir/o> .\n");
    }

    [Test]
    public void A_syntax_error_is_one_positioned_line_with_exit_code_1_and_no_output_file()
    {
        _dir.File("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b undefined:c .\n");
        _dir.File("out.nt", "previous content");
        var run = KgRunner.Run(_dir.Path, "convert", "bad.ttl", "-o", "out.nt");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^bad\.ttl:3:\d+: .+");
        run.Stderr.Should().NotContain("   at ", "no stack trace without --verbose");
        File.ReadAllText(Path.Combine(_dir.Path, "out.nt")).Should().Be("previous content");
        _dir.Entries().Should().Equal("bad.ttl", "out.nt");
    }

    [Test]
    public void Verbose_adds_the_stack_trace()
    {
        _dir.File("bad.nt", "<http://e/s> <http://e/p> .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "bad.nt", "--verbose");
        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().MatchRegex(@"^bad\.nt:1:\d+: ");
        run.Stderr.Should().Contain(" at ");
    }

    [Test]
    public void Invalid_utf8_is_a_positioned_error()
    {
        var bytes = Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> \"ok\" .\n<http://e/s> <http://e/p> \"").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\" .\n")).ToArray();
        _dir.File("bad.nt", bytes);
        var run = KgRunner.Run(_dir.Path, "convert", "bad.nt");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^bad\.nt:2:\d+: ");
    }

    [Test]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        _dir.File("deep.ttl", "<http://e/s> <http://e/p> " + new string('[', 100_000) + "\n");
        var run = KgRunner.Run(_dir.Path, "convert", "deep.ttl");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^deep\.ttl:1:\d+: ");
    }

    [Test]
    public void Named_graphs_cannot_be_written_as_triples()
    {
        _dir.File("d.nq", "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "d.nq", "--to", "turtle");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("d.nq:1:1: ").And.Contain("named graph");
        KgRunner.Run(_dir.Path, "convert", "d.nq", "--to", "trig").ExitCode.Should().Be(0);
    }

    [Test]
    public void Named_graphs_stop_a_streaming_conversion_to_ntriples_and_leave_no_file()
    {
        _dir.File("d.nq", "<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "d.nq", "-o", "d.nt");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("d.nq:1:1: ").And.Contain("named graph").And.Contain("ntriples");
        _dir.Entries().Should().Equal("d.nq");
        var quads = KgRunner.Run(_dir.Path, "convert", "d.nq", "--to", "nquads");
        quads.Stdout.Should().Be("<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n");
    }

    [Test]
    public void Ntriples_output_streams_the_statements_in_input_order_without_a_store()
    {
        // A store would merge the repeated statement and order the subjects by its dictionary; a stream passes both on.
        const string input = "<http://e/z> <http://e/p> \"1\" .\n<http://e/a> <http://e/p> \"2\" .\n<http://e/z> <http://e/p> \"1\" .\n";
        var run = KgRunner.RunWithInput(_dir.Path, input, "convert", "-", "--from", "ntriples", "--to", "ntriples");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Be(input);
    }

    [Test]
    public void Turtle_to_ntriples_streams_and_keeps_blank_nodes_apart()
    {
        _dir.File("b.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p [ ex:q 1 ], _:x .\n_:x ex:r ( 1 2 ) .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "b.ttl", "--to", "ntriples");
        run.ExitCode.Should().Be(0, run.ToString());
        var streamed = Graph.Parse(run.Stdout, RdfFormat.NTriples);
        streamed.Count.Should().Be(8);
        streamed.IsIsomorphicWith(Graph.Parse(File.ReadAllText(Path.Combine(_dir.Path, "b.ttl")), RdfFormat.Turtle)).Should().BeTrue();
    }

    [TestCase("graphml", "<graphml")]
    [TestCase("gexf", "<gexf")]
    [TestCase("dot", "digraph")]
    public void Writes_graph_exports(string format, string marker)
    {
        _dir.File("a.ttl", Turtle);
        var run = KgRunner.Run(_dir.Path, "convert", "a.ttl", "-o", "a." + format);
        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(Path.Combine(_dir.Path, "a." + format)).Should().Contain(marker);
    }

    [Test]
    public void A_cancelled_conversion_leaves_no_file()
    {
        _dir.File("a.ttl", Turtle);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var run = KgRunner.RunFull(_dir.Path, null, null, cancelled.Token, "convert", "a.ttl", "-o", "b.nt");
        run.ExitCode.Should().Be(130, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().Be("kg: interrupted");
        _dir.Entries().Should().Equal("a.ttl");
    }
}
