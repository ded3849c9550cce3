using KnowledgeGraph.Cli.Output;

namespace KnowledgeGraph.Cli.Tests;

public class IoErrorTests
{
    private TempFolder _dir = null!;

    [SetUp] public void SetUp() => _dir = new TempFolder();
    [TearDown] public void TearDown() => _dir.Dispose();

    [TestCase("convert", "missing.ttl")]
    [TestCase("stats", "missing.nt")]
    [TestCase("query", "--data", "missing.ttl", "ASK {}")]
    public void A_missing_input_file_exits_with_3_and_names_it(params string[] args)
    {
        var run = KgRunner.Run(_dir.Path, args);
        if (run.Stderr.Contains("not part of this build")) Assert.Ignore("the SPARQL engine is not written yet");
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^missing\.(ttl|nt):1:1: no such file$");
    }

    [Test]
    public void A_missing_query_file_exits_with_3()
    {
        var run = KgRunner.Run(_dir.Path, "query", "--query-file", "q.rq");
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().Be("q.rq:1:1: no such file");
    }

    [Test]
    public void Writing_into_a_missing_folder_exits_with_3()
    {
        Available.Reader(Syntax.RdfFormat.NTriples);
        _dir.File("a.nt", "<http://e/s> <http://e/p> <http://e/o> .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "a.nt", "-o", "no/such/folder/b.nt");
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("no/such/folder/b.nt:1:1: cannot write");
    }

    [Test]
    public void Output_that_is_not_committed_leaves_no_file_and_no_temporary()
    {
        var context = new CliContext(() => Stream.Null, TextWriter.Null, TextWriter.Null) { WorkingDirectory = _dir.Path };
        _dir.File("kept.ttl", "old content");
        using (var target = OutputTarget.Open(context, "kept.ttl"))
        {
            target.Writer.Write("half of the new content");
            target.Writer.Flush();
            _dir.Entries().Should().HaveCount(2, "the output goes to a temporary file beside the target");
        }
        _dir.Entries().Should().Equal("kept.ttl");
        File.ReadAllText(Path.Combine(_dir.Path, "kept.ttl")).Should().Be("old content");
        using (var target = OutputTarget.Open(context, "new.ttl"))
        {
            target.Writer.Write("complete");
            target.Commit();
        }
        File.ReadAllText(Path.Combine(_dir.Path, "new.ttl")).Should().Be("complete");
        _dir.Entries().Should().Equal("kept.ttl", "new.ttl");
    }
}
