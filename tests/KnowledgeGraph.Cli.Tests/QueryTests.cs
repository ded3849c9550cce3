using System.Text.RegularExpressions;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

public class QueryTests
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
        _dir.File("people.nt", "<http://example.org/swami> <http://example.org/worksFor> <http://example.org/aws> .\n");
    }

    [TearDown] public void TearDown() => _dir.Dispose();

    private const string WhoClosedWhat = "PREFIX ex: <http://example.org/> SELECT ?name ?what WHERE { ?c ex:name ?name ; ex:closed ?what } ORDER BY ?name";

    [Test]
    public void Select_prints_a_table_by_default()
    {
        var run = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", WhoClosedWhat);
        run.ExitCode.Should().Be(0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().MatchRegex(@"^\?name\s+\| \?what$");
        lines[2].Should().MatchRegex("^\"Amazon Web Services\" \\| ex:shanghaiLab$");
        lines[3].Should().StartWith("\"IBM\"");
        lines[^1].Should().Be("(2 rows)");
    }

    [Test]
    public void Tables_fit_the_terminal_width()
    {
        var run = KgRunner.RunFull(_dir.Path, null, 30, CancellationToken.None, "query", "--data", "companies.ttl",
            "SELECT ?c ?name ?what WHERE { ?c <http://example.org/name> ?name ; <http://example.org/closed> ?what }");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Split('\n').Should().OnlyContain(l => l.Length <= 30);
        run.Stdout.Should().Contain("…");
    }

    /// <summary>Terminal columns, counted here independently of kg: CJK ideographs and fullwidth punctuation take two.</summary>
    private static int Columns(string line) =>
        line.Sum(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303E' or >= '\uFF01' and <= '\uFF60' ? 2 : 1);

    [Test]
    public void Tables_line_up_Chinese_text_by_display_width()
    {
        _dir.File("zh.ttl", """
            @prefix ex: <http://example.org/> .
            ex:aws ex:name "亚马逊网络服务" ; ex:closed "AWS上海人工智能研究院" .
            ex:ibm ex:name "IBM" ; ex:closed "IBM中国研发部门" .
            ex:msft ex:name "Microsoft" ; ex:closed "微软上海人工智能实验室（逐步关闭）" .
            """);
        const string query = "PREFIX ex: <http://example.org/> SELECT ?name ?what ?c WHERE { ?c ex:name ?name ; ex:closed ?what } ORDER BY ?c";
        var run = KgRunner.Run(_dir.Path, "query", "--data", "zh.ttl", query);
        run.ExitCode.Should().Be(0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[..^1];   // without "(3 rows)"
        var bars = lines.Where(l => l.Contains('|')).Select(l => Columns(l[..l.IndexOf('|')])).Distinct();
        bars.Should().ContainSingle("every row's first separator is at the same terminal column");
        var second = lines.Where(l => l.Contains('|')).Select(l => Columns(l[..l.LastIndexOf('|')])).Distinct();
        second.Should().ContainSingle("and so is the second, after a column of Chinese text");
        lines[1].Should().MatchRegex("^-+-\\+-+-\\+-+$");
        Columns(lines[1][..lines[1].IndexOf('+')]).Should().Be(bars.Single(), "the rule under the header lines up too");

        var narrow = KgRunner.RunFull(_dir.Path, null, 40, CancellationToken.None, "query", "--data", "zh.ttl", query);
        narrow.Stdout.Split('\n').Should().OnlyContain(l => Columns(l) <= 40, "a cut cell is measured in columns too");
        narrow.Stdout.Should().Contain("…");
    }

    [TestCase("json", "\"bindings\"")]
    [TestCase("xml", "<sparql")]
    [TestCase("csv", "name,what\r\n")]
    [TestCase("tsv", "?name\t?what\n")]
    public void Select_prints_the_standard_results_formats(string format, string marker)
    {
        var run = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "--results", format, WhoClosedWhat);
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain(marker).And.Contain("Amazon Web Services");
    }

    [Test]
    public void Ask_prints_true_or_false()
    {
        KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "ASK { ?s <http://example.org/closed> ?o }").Stdout.Should().Be("true\n");
        KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "ASK { ?s <http://example.org/opened> ?o }").Stdout.Should().Be("false\n");
    }

    [Test]
    public void Construct_and_describe_print_with_the_query_s_and_the_data_s_prefixes()
    {
        var run = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl",
            "PREFIX co: <http://example.org/company/> CONSTRUCT { ?c co:shut ?what } WHERE { ?c <http://example.org/closed> ?what }");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("@prefix co: <http://example.org/company/> .", "the query's prefix")
            .And.Contain("@prefix ex: <http://example.org/> .", "the data's prefix")
            .And.Contain("ex:aws co:shut ex:shanghaiLab")
            .And.NotContain("<http://example.org/aws>");
        Graph.Parse(run.Stdout, RdfFormat.Turtle).Count.Should().Be(2);

        var describe = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "PREFIX e: <http://example.org/> DESCRIBE e:aws");
        describe.ExitCode.Should().Be(0, describe.ToString());
        describe.Stdout.Should().Contain("@prefix e: <http://example.org/> .").And.Contain("e:aws").And.NotContain("<http://example.org/aws>");
    }

    [Test]
    public void Construct_prints_a_graph_in_the_chosen_format()
    {
        var run = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "--to", "ntriples",
            "CONSTRUCT { ?what <http://example.org/closedBy> ?c } WHERE { ?c <http://example.org/closed> ?what }");
        run.ExitCode.Should().Be(0, run.ToString());
        var graph = Graph.Parse(run.Stdout, RdfFormat.NTriples);
        graph.Count.Should().Be(2);
        run.Stdout.Should().Contain("<http://example.org/shanghaiLab> <http://example.org/closedBy> <http://example.org/aws> .");
    }

    [Test]
    public void Named_graphs_and_several_data_files_are_loaded()
    {
        var run = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "--named", "http://example.org/people=people.nt",
            "--results", "csv", "SELECT ?g ?who WHERE { GRAPH ?g { ?who ?p ?o } }");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("http://example.org/people,http://example.org/swami");
        run.Stdout.Should().NotContain("aws,", "the --data file is in the default graph, not a named graph");
    }

    [Test]
    public void From_selects_a_loaded_file_or_reads_a_file_iri_from_disk()
    {
        var peopleIri = RdfInput.FileIri(Path.Combine(_dir.Path, "people.nt"));
        var companiesIri = RdfInput.FileIri(Path.Combine(_dir.Path, "companies.ttl"));
        var fromLoaded = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "--data", "people.nt", "--results", "csv",
            $"SELECT (COUNT(*) AS ?n) FROM <{peopleIri}> WHERE {{ ?s ?p ?o }}");
        fromLoaded.ExitCode.Should().Be(0, fromLoaded.ToString());
        fromLoaded.Stdout.Should().Be("n\r\n1\r\n");
        var fromDisk = KgRunner.Run(_dir.Path, "query", "--results", "csv",
            $"SELECT (COUNT(*) AS ?n) FROM <{companiesIri}> WHERE {{ ?s ?p ?o }}");
        fromDisk.ExitCode.Should().Be(0, fromDisk.ToString());
        fromDisk.Stdout.Should().Be("n\r\n4\r\n");
    }

    [Test]
    public void A_query_file_resolves_relative_iris_against_its_own_location_unless_a_base_is_given()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "queries"));
        _dir.File("queries/count.rq", "SELECT (COUNT(*) AS ?n) FROM <../companies.ttl> WHERE { ?s ?p ?o }");
        var run = KgRunner.Run(_dir.Path, "query", "--results", "csv", "--query-file", "queries/count.rq");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Be("n\r\n4\r\n", "FROM <../companies.ttl> is the file next to the queries folder");

        var elsewhere = KgRunner.Run(_dir.Path, "query", "--results", "csv", "--base", "http://example.org/q/", "--query-file", "queries/count.rq");
        elsewhere.ExitCode.Should().Be(0, elsewhere.ToString());
        elsewhere.Stdout.Should().Be("n\r\n0\r\n", "with --base the FROM names http://example.org/companies.ttl, which no file provides");
    }

    [Test]
    public void The_query_can_come_from_a_file_or_standard_input_and_output_can_go_to_a_file()
    {
        _dir.File("q.rq", WhoClosedWhat);
        var run = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "--query-file", "q.rq", "--results", "json", "-o", "r.json");
        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(Path.Combine(_dir.Path, "r.json")).Should().Contain("Amazon Web Services");
        var piped = KgRunner.RunWithInput(_dir.Path, WhoClosedWhat, "query", "--data", "companies.ttl", "--query-file", "-", "--results", "tsv");
        piped.ExitCode.Should().Be(0, piped.ToString());
        piped.Stdout.Should().Contain("\"IBM\"");
    }

    [Test]
    public void A_query_syntax_error_is_positioned_in_the_query()
    {
        var run = KgRunner.Run(_dir.Path, "query", "--data", "companies.ttl", "SELECT ?s\nWHERE { ?s ?p }");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^query:2:\d+: ");
        _dir.File("bad.rq", "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER( }\n");
        var fromFile = KgRunner.Run(_dir.Path, "query", "--query-file", "bad.rq");
        fromFile.ExitCode.Should().Be(1, fromFile.ToString());
        fromFile.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^bad\.rq:3:\d+: ");
    }

    [Test]
    public void A_data_syntax_error_names_the_data_file()
    {
        _dir.File("bad.ttl", "<http://e/s> <http://e/p> .\n");
        var run = KgRunner.Run(_dir.Path, "query", "--data", "bad.ttl", "ASK {}");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^bad\.ttl:1:\d+: ");
    }

    [Test]
    public void A_query_that_runs_too_long_stops_at_the_timeout()
    {
        var big = string.Concat(Enumerable.Range(0, 300).Select(i => $"<http://e/s{i}> <http://e/p> <http://e/o{i}> .\n"));
        _dir.File("big.nt", big);
        var run = KgRunner.Run(_dir.Path, "query", "--data", "big.nt", "--timeout", "0.5",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex("^query:1:1: .*(timeout|time)");
    }
}
