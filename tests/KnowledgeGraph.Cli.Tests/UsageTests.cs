using KnowledgeGraph.Cli.Verbs;

namespace KnowledgeGraph.Cli.Tests;

public class UsageTests
{
    private TempFolder _dir = null!;

    [SetUp] public void SetUp() => _dir = new TempFolder();
    [TearDown] public void TearDown() => _dir.Dispose();

    private static IEnumerable<string> VerbNames => KgApp.Verbs.Select(v => v.Name);

    [TestCaseSource(nameof(VerbNames))]
    public void Every_verb_has_help_with_an_example(string verb)
    {
        var run = KgRunner.Run(_dir.Path, verb, "--help");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().StartWith("Usage: kg " + verb).And.Contain("Example").And.Contain("--quiet");
        run.Stdout.Should().MatchRegex(@"\n  kg " + verb + " ");
        KgRunner.Run(_dir.Path, "help", verb).Stdout.Should().Be(run.Stdout);
    }

    [Test]
    public void Top_level_help_lists_the_verbs_and_exit_codes()
    {
        var run = KgRunner.Run(_dir.Path, "--help");
        run.ExitCode.Should().Be(0);
        foreach (var v in VerbNames) run.Stdout.Should().Contain("  " + v + " ");
        run.Stdout.Should().Contain("3 I/O error");
    }

    [Test]
    public void No_arguments_is_a_usage_error_with_the_help_on_stderr()
    {
        var run = KgRunner.Run(_dir.Path);
        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("Usage: kg VERB");
    }

    [TestCase("frobnicate")]
    [TestCase("convert", "a.ttl", "--frobnicate")]
    [TestCase("convert", "a.ttl", "--to", "klingon")]
    [TestCase("convert", "a.ttl", "--from")]
    [TestCase("convert", "a.unknown")]
    [TestCase("convert")]
    [TestCase("convert", "a.ttl", "b.ttl")]
    [TestCase("convert", "a.graphml")]
    [TestCase("stats")]
    [TestCase("stats", "--top", "many", "a.ttl")]
    [TestCase("query", "--results", "html", "ASK {}")]
    [TestCase("query", "--timeout", "soon", "ASK {}")]
    [TestCase("query")]
    [TestCase("query", "--named", "nofile.ttl", "ASK {}")]
    [TestCase("build", "extra")]
    public void Usage_errors_exit_with_2_and_one_line(params string[] args)
    {
        var run = KgRunner.Run(_dir.Path, args);
        run.ExitCode.Should().Be(2, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("kg: ").And.Contain("--help");
        run.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Options_accept_the_equals_form_and_repeat_where_allowed()
    {
        var query = KgApp.Verbs.OfType<QueryVerb>().Single();
        var parsed = Arguments.KgCommandLine.Instance.Parse(["query", "--data=a.ttl", "--data", "b.ttl", "-q", "--", "-x"]);
        Arguments.UsageErrors.Find(parsed, "query", []).Should().BeNull();
        parsed.GetValue(query.Options.OfType<System.CommandLine.Option<string[]>>().Single(o => o.Name == "--data")).Should().Equal("a.ttl", "b.ttl");
        parsed.GetValue(Arguments.KgCommandLine.Instance.Quiet).Should().BeTrue();
        parsed.GetValue(query.Positionals).Should().Equal("-x");
    }

    [Test]
    public void Version_prints_the_informational_version()
    {
        var run = KgRunner.Run(_dir.Path, "--version");
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("kg ");
    }
}
