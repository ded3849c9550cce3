using KnowledgeGraph.RocksDb;

namespace KnowledgeGraph.Cli.Tests.Storage;

/// <summary><c>kg load --db</c> and the <c>--db</c> option of <c>kg query</c>, <c>kg update</c> and <c>kg stats</c>.</summary>
public class LoadTests
{
    private const string People = """
        @prefix ex: <http://example.org/> .
        ex:ada ex:name "Ada"@en ; ex:born "1815"^^<http://www.w3.org/2001/XMLSchema#gYear> ; ex:knows [ ex:name "Bob" ] .
        """;

    private const string Quads = """
        <http://example.org/a> <http://example.org/p> "in g" <http://example.org/g> .
        <http://example.org/a> <http://example.org/p> "default" .
        """;

    [Test]
    public void Loads_files_one_transaction_each_and_answers_queries_and_stats_over_the_store()
    {
        using var dir = new TempFolder();
        dir.File("people.ttl", People);
        dir.File("more.nq", Quads);
        var load = KgRunner.Run(dir.Path, "load", "--db", "store", "people.ttl", "more.nq");
        load.ExitCode.Should().Be(0, load.ToString());
        load.ErrorLines.Should().HaveCount(2);
        load.ErrorLines[0].Should().StartWith("store: loaded 4 quads from people.ttl");
        load.ErrorLines[1].Should().StartWith("store: loaded 2 quads from more.nq");

        var query = KgRunner.Run(dir.Path, "query", "--db", "store", "--results", "csv",
            "SELECT ?name ?g WHERE { { ?x <http://example.org/name> ?name } UNION { GRAPH ?g { ?x <http://example.org/p> ?name } } } ORDER BY ?name");
        query.ExitCode.Should().Be(0, query.ToString());
        query.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo("name,g", "Ada,", "Bob,", "in g,http://example.org/g");

        var stats = KgRunner.Run(dir.Path, "stats", "--db", "store");
        stats.ExitCode.Should().Be(0, stats.ToString());
        stats.Stdout.Should().MatchRegex(@"triples\s+6\n");
    }

    [Test]
    public void Graph_puts_the_triples_of_triple_formats_into_a_named_graph()
    {
        using var dir = new TempFolder();
        dir.File("people.ttl", People);
        KgRunner.Run(dir.Path, "load", "--db", "store", "--graph", "http://example.org/people", "people.ttl").ExitCode.Should().Be(0);
        var query = KgRunner.Run(dir.Path, "query", "--db", "store", "--results", "csv", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        query.Stdout.Should().Be("g,n\r\nhttp://example.org/people,4\r\n");
    }

    [Test]
    public void A_file_with_a_syntax_error_leaves_nothing_while_the_files_before_it_stay_loaded()
    {
        using var dir = new TempFolder();
        dir.File("good.ttl", People);
        dir.File("bad.nt", "<http://example.org/x> <http://example.org/p> \"fine\" .\n<http://example.org/x> <http://example.org/p> \"broken .\n");
        var load = KgRunner.Run(dir.Path, "load", "--db", "store", "good.ttl", "bad.nt");
        load.ExitCode.Should().Be(1, load.ToString());
        load.ErrorLines[^1].Should().StartWith("bad.nt:2:");
        var query = KgRunner.Run(dir.Path, "query", "--db", "store", "--results", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        query.Stdout.Should().Be("n\r\n4\r\n", "the 4 triples of good.ttl, none of bad.nt");
    }

    [Test]
    public void Update_changes_the_store_in_one_transaction_and_writes_nothing()
    {
        using var dir = new TempFolder();
        dir.File("more.nq", Quads);
        KgRunner.Run(dir.Path, "load", "--db", "store", "more.nq").ExitCode.Should().Be(0);

        var update = KgRunner.Run(dir.Path, "update", "--db", "store", """
            PREFIX ex: <http://example.org/>
            DELETE { GRAPH ?g { ?s ex:p ?o } } INSERT { GRAPH ?g { ?s ex:q ?o } } WHERE { GRAPH ?g { ?s ex:p ?o } } ;
            INSERT DATA { ex:b ex:p _:fresh . GRAPH ex:h { ex:c ex:p "çé" } }
            """);
        update.ExitCode.Should().Be(0, update.ToString());
        update.Stdout.Should().BeEmpty("with --db nothing is written");
        Count(dir, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/g> { ?s <http://example.org/q> \"in g\" } }").Should().Be(1);
        Count(dir, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://example.org/p> ?o } }").Should().Be(1, "only ex:h's triple still uses ex:p in a named graph");
        Count(dir, "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/p> ?o FILTER(isBlank(?o)) }").Should().Be(1);

        // A request failing in its last operation changes nothing.
        var failed = KgRunner.Run(dir.Path, "update", "--db", "store", "CLEAR ALL ; DROP GRAPH <http://example.org/missing>");
        failed.ExitCode.Should().Be(1, failed.ToString());
        failed.ErrorLines.Should().ContainSingle().Which.Should().StartWith("update:1:");
        Count(dir, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }").Should().Be(4);

        var syntax = KgRunner.Run(dir.Path, "update", "--db", "store", "INSERT DATA { nonsense");
        syntax.ExitCode.Should().Be(1, syntax.ToString());
    }

    [TestCase("update", "--db", "store", "-o", "out.trig", "CLEAR ALL")]
    [TestCase("update", "--db", "store", "--to", "nquads", "CLEAR ALL")]
    [TestCase("update", "--db", "store", "--data", "x.ttl", "CLEAR ALL")]
    [TestCase("query", "--db", "store", "--data", "x.ttl", "ASK {}")]
    [TestCase("query", "--db", "store", "--endpoint", "http://127.0.0.1:1/sparql", "ASK {}")]
    [TestCase("stats", "--db", "store", "x.ttl")]
    public void Db_with_options_that_do_not_apply_is_a_usage_error(params string[] args)
    {
        using var dir = new TempFolder();
        var run = KgRunner.Run(dir.Path, args);
        run.ExitCode.Should().Be(2, run.ToString());
        Directory.Exists(Path.Combine(dir.Path, "store")).Should().BeFalse();
    }

    [TestCase("query", "SELECT * WHERE { ?s ?p ?o }")]
    [TestCase("update", "CLEAR ALL")]
    [TestCase("serve")]
    [TestCase("stats")]
    public void A_directory_without_a_store_is_an_io_error_and_is_not_created(string verb, string? query = null)
    {
        using var dir = new TempFolder();
        var args = new List<string> { verb, "--db", "nothing" };
        if (query is not null) args.Add(query);
        var run = KgRunner.Run(dir.Path, [.. args]);
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().Equal("nothing:1:1: no store here (kg load --db DIR creates one)");
        Directory.Exists(Path.Combine(dir.Path, "nothing")).Should().BeFalse();
    }

    [Test]
    public void Load_without_db_or_files_is_a_usage_error()
    {
        using var dir = new TempFolder();
        KgRunner.Run(dir.Path, "load", "a.ttl").ExitCode.Should().Be(2);
        KgRunner.Run(dir.Path, "load", "--db", "store").ExitCode.Should().Be(2);
        KgRunner.Run(dir.Path, "load", "--db", "store", "--memory", "lots", "a.ttl").ExitCode.Should().Be(2);
    }

    [Test]
    public void A_second_process_loading_into_an_open_store_gets_a_clear_io_error()
    {
        using var dir = new TempFolder();
        dir.File("people.ttl", People);
        using var held = RocksDbStore.Open(Path.Combine(dir.Path, "store"));
        var run = KgRunner.RunProcess(dir.Path, "load", "--db", "store", "people.ttl");
        run.ExitCode.Should().Be(3, run.ToString());
        run.ErrorLines.Should().Equal("store:1:1: the store is open for writing by another process");
        var stats = KgRunner.RunProcess(dir.Path, "stats", "--db", "store");
        stats.ExitCode.Should().Be(0, "reading works beside a writer: " + stats);
        var query = KgRunner.RunProcess(dir.Path, "query", "--db", "store", "ASK {}");
        query.ExitCode.Should().Be(0, "querying works beside a writer: " + query);
        var update = KgRunner.RunProcess(dir.Path, "update", "--db", "store", "CLEAR ALL");
        update.ExitCode.Should().Be(3, update.ToString());
        update.ErrorLines.Should().Equal("store:1:1: the store is open for writing by another process");
    }

    private static long Count(TempFolder dir, string query)
    {
        var run = KgRunner.Run(dir.Path, "query", "--db", "store", "--results", "csv", query);
        run.ExitCode.Should().Be(0, run.ToString());
        return long.Parse(run.Stdout.Split("\r\n")[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
