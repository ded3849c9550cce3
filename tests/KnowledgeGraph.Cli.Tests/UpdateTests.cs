using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

public class UpdateTests
{
    private TempFolder _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = new TempFolder();
        _dir.File("companies.ttl", """
            @prefix ex: <http://example.org/> .
            ex:aws ex:name "Amazon Web Services" ; ex:closed ex:shanghaiLab .
            ex:ibm ex:name "IBM" ; ex:closed ex:chinaRnD .
            """);
        _dir.File("claims.nt", "<http://example.org/c1> <http://example.org/says> \"decoupling\" .\n");
    }

    [TearDown] public void TearDown() => _dir.Dispose();

    private const string Rename = "PREFIX ex: <http://example.org/> DELETE { ?s ex:closed ?o } INSERT { ?s ex:shutDown ?o } WHERE { ?s ex:closed ?o }";

    [Test]
    public void The_updated_dataset_is_written_as_trig_by_default()
    {
        var run = KgRunner.Run(_dir.Path, "update", "--data", "companies.ttl", "--named", "http://example.org/claims=claims.nt", Rename);
        run.ExitCode.Should().Be(0, run.ToString());
        var result = Dataset.Parse(run.Stdout, RdfFormat.TriG);
        result.Count.Should().Be(5);
        result.DefaultGraph.CountMatches(null, KnowledgeGraph.Model.NamedNode.Create("http://example.org/shutDown")).Should().Be(2);
        result.DefaultGraph.CountMatches(null, KnowledgeGraph.Model.NamedNode.Create("http://example.org/closed")).Should().Be(0);
        result.GraphNames.Select(n => n.ToString()).Should().Equal("<http://example.org/claims>");
    }

    [Test]
    public void Output_goes_to_a_file_in_the_format_asked_for()
    {
        _dir.File("change.ru", "PREFIX ex: <http://example.org/>\nDELETE WHERE { ex:ibm ?p ?o }\n");
        var run = KgRunner.Run(_dir.Path, "update", "--data", "companies.ttl", "--update-file", "change.ru", "--to", "nquads", "-o", "out.nq");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        File.ReadAllLines(Path.Combine(_dir.Path, "out.nq")).Should().HaveCount(2).And.OnlyContain(l => l.Contains("/aws>"));
    }

    [Test]
    public void A_syntax_error_in_the_update_file_is_reported_with_its_path_line_and_column()
    {
        _dir.File("bad.ru", "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:p ?x }\n");
        var run = KgRunner.Run(_dir.Path, "update", "--data", "companies.ttl", "--update-file", "bad.ru");
        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("bad.ru:2:25: ").And.Contain("variables");
        run.Stdout.Should().BeEmpty();
    }

    [Test]
    public void A_syntax_error_in_update_text_names_the_update()
    {
        var run = KgRunner.Run(_dir.Path, "update", "--data", "companies.ttl", "INSERT DATA { <a> <b> }");
        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^update:1:\d+: ");
    }

    [Test]
    public void A_failing_operation_writes_nothing_and_leaves_the_output_file_alone()
    {
        _dir.File("out.trig", "# before\n");
        var run = KgRunner.Run(_dir.Path, "update", "--data", "companies.ttl", "-o", "out.trig",
            "INSERT DATA { <http://example.org/x> <http://example.org/y> 1 } ;\n DROP GRAPH <http://example.org/missing>");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("update:2:2: ").And.Contain("does not exist");
        File.ReadAllText(Path.Combine(_dir.Path, "out.trig")).Should().Be("# before\n");
    }

    [Test]
    public void Load_reads_a_local_file_relative_to_the_update_file()
    {
        _dir.File("load.ru", "LOAD <claims.nt> INTO GRAPH <http://example.org/g>");
        var run = KgRunner.Run(_dir.Path, "update", "--update-file", "load.ru", "--to", "nquads");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("<http://example.org/c1> <http://example.org/says> \"decoupling\" <http://example.org/g> .");
    }

    [Test]
    public void Load_of_a_remote_iri_says_network_access_is_off()
    {
        var run = KgRunner.Run(_dir.Path, "update", "LOAD <http://example.org/data.ttl>");
        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("network access is off");
    }

    [Test]
    public void Named_graphs_cannot_be_written_in_a_triple_format()
    {
        var run = KgRunner.Run(_dir.Path, "update", "--to", "turtle", "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }");
        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("named graph");
    }

    [TestCase]
    [TestCase("CLEAR ALL", "--update-file", "x.ru")]
    [TestCase("--to", "nosuch", "CLEAR ALL")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var run = KgRunner.Run(_dir.Path, ["update", .. args]);
        run.ExitCode.Should().Be(2, run.ToString());
        run.ErrorLines.Should().ContainSingle();
    }

    [Test]
    public void A_missing_update_file_is_an_io_error()
    {
        var run = KgRunner.Run(_dir.Path, "update", "--update-file", "nope.ru");
        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("nope.ru:");
    }
}
