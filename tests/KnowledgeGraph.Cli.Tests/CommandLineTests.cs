namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The command line as System.CommandLine parses it keeps kg's own words: every usage error below is one exact line
/// on standard error with exit code 2, and the conventions (<c>--name=value</c>, <c>--</c>, <c>-</c>, flags that take
/// no value, <c>@file</c> as a plain file name) are the ones kg always had.
/// </summary>
public class CommandLineTests
{
    private TempFolder _dir = null!;

    [SetUp] public void SetUp() => _dir = new TempFolder();
    [TearDown] public void TearDown() => _dir.Dispose();

    private const string VerbList = "convert, query, update, build, stats, validate, serve, load, completion";

    [TestCase("kg: unknown verb 'frobnicate' (verbs: " + VerbList + ") (see 'kg --help')", "frobnicate")]
    [TestCase("kg: unknown verb '-q' (verbs: " + VerbList + ") (see 'kg --help')", "-q", "convert", "a.ttl")]
    [TestCase("kg: unknown verb '[diagram]' (verbs: " + VerbList + ") (see 'kg --help')", "[diagram]", "convert", "a.ttl")]
    [TestCase("kg: unknown option '--frobnicate' for 'kg convert' (see 'kg convert --help')", "convert", "a.ttl", "--frobnicate=3")]
    // A verb's own --help is looked at once the whole line is read: an unknown option before it is still an error.
    [TestCase("kg: unknown option '--frobnicate' for 'kg convert' (see 'kg convert --help')", "convert", "--frobnicate=1", "--help")]
    [TestCase("kg: unknown option '-x' for 'kg convert' (see 'kg convert --help')", "convert", "a.ttl", "-x", "--to")]
    [TestCase("kg: unknown option '--version' for 'kg convert' (see 'kg convert --help')", "convert", "--version")]
    [TestCase("kg: unknown option '-qv' for 'kg stats' (see 'kg stats --help')", "stats", "-qv", "a.ttl")]
    [TestCase("kg: option '--to' is given more than once (see 'kg convert --help')", "convert", "a.ttl", "--to", "nt", "--to=trig")]
    [TestCase("kg: option '--from' needs a value (FMT) (see 'kg convert --help')", "convert", "a.ttl", "--from")]
    [TestCase("kg: option '--data' needs a value (FILE|IRI=FILE) (see 'kg query --help')", "query", "--data", "a.ttl", "--data")]
    [TestCase("kg: option '--read-only' takes no value (see 'kg serve --help')", "serve", "--read-only=yes")]
    [TestCase("kg: unexpected argument 'true' (see 'kg serve --help')", "serve", "--read-only", "true")]
    [TestCase("kg: INPUT is missing (see 'kg convert --help')", "convert", "-q")]
    [TestCase("kg: unknown format 'klingon' (formats: turtle, ntriples, nquads, trig, rdfxml, jsonld, graphml, gexf, dot) (see 'kg convert --help')", "convert", "a.ttl", "--to=klingon")]
    [TestCase("kg: name the shell: bash, zsh, fish, pwsh (see 'kg completion --help')", "completion")]
    [TestCase("kg: no completion script for 'tcsh' (shells: bash, zsh, fish, pwsh) (see 'kg completion --help')", "completion", "tcsh")]
    public void A_usage_error_is_one_line_of_ours_and_exit_code_2(string expected, params string[] args)
    {
        var run = KgRunner.Run(_dir.Path, args);
        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Be(expected + "\n");
        run.Stdout.Should().BeEmpty();
    }

    [Test]
    public void Options_after_a_double_dash_and_a_lone_dash_are_positional_arguments()
    {
        _dir.File("-", "");
        var run = KgRunner.RunWithInput(_dir.Path, "<http://e/s> <http://e/p> <http://e/o> .\n", "convert", "--to=ntriples", "--", "-");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Be("<http://e/s> <http://e/p> <http://e/o> .\n");
    }

    [Test]
    public void A_word_beginning_with_at_is_a_file_name_not_a_response_file()
    {
        _dir.File("@data.nt", "<http://e/s> <http://e/p> <http://e/o> .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "@data.nt", "-o", "-", "--to", "nquads");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Be("<http://e/s> <http://e/p> <http://e/o> .\n");
    }

    [TestCase("--help", "convert")]
    [TestCase("-h", "convert", "--frobnicate")]
    [TestCase("help", "convert")]
    public void Help_for_a_verb_goes_to_standard_output(params string[] args)
    {
        var run = KgRunner.Run(_dir.Path, args);
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().StartWith("Usage: kg convert INPUT");
        run.Stderr.Should().BeEmpty();
    }

    [TestCase("--help", "--frobnicate")]
    [TestCase("help", "frobnicate")]
    [TestCase("-h")]
    public void Top_level_help_ignores_what_follows_it(params string[] args)
    {
        var run = KgRunner.Run(_dir.Path, args);
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().StartWith("kg: convert RDF").And.Contain("\n  completion ");
    }

    [Test]
    public void Version_ignores_what_follows_it()
    {
        var run = KgRunner.Run(_dir.Path, "--version", "--frobnicate");
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().MatchRegex(@"^kg \d+\.\d+\.\d+.*\n$");
    }
}
