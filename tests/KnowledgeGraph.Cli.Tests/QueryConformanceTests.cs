using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Conformance.Sparql;
using KnowledgeGraph.Conformance.Sparql.Support;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg query</c> answers every W3C SPARQL query evaluation test through the command line: the same entries as the
/// conformance project's in-process fixture (<c>mf:QueryEvaluationTest</c> and <c>mf:CSVResultFormatTest</c> of the
/// SPARQL 1.0, its extended sort manifest, and the SPARQL 1.1 query and result-format manifests), with the same
/// skip list. Each test becomes a command line as a user would type it: <c>qt:data</c> files as
/// <c>--data IRI=FILE</c>, <c>qt:graphData</c> files and the graphs FROM / FROM NAMED name as
/// <c>--named IRI=FILE</c>, the query as <c>--query-file</c> with <c>--base</c>, files carrying the IRIs the suites
/// were published under. What kg prints is parsed back (SPARQL JSON results, which carry every term exactly; TSV
/// or CSV when the expected file is in that format; Turtle for graphs) and compared with the expected results as
/// the in-process fixture compares them.
/// </summary>
public class QueryConformanceTests
{
    private const string Mf = ManifestTest.Mf;

    public static IEnumerable<TestCaseData> Sparql10() => Cases("sparql10/manifest.ttl");

    public static IEnumerable<TestCaseData> Sparql10Extended() => Cases("sparql10/sort/extended-manifest.ttl");

    public static IEnumerable<TestCaseData> Sparql11Query() => Cases("sparql11/manifest-sparql11-query.ttl");

    public static IEnumerable<TestCaseData> Sparql11Results() => Cases("sparql11/manifest-sparql11-results.ttl");

    /// <summary>Syntax tests of the same manifests have no results to print and are left out; a manifest that
    /// cannot be read still yields its one failing case.</summary>
    private static IEnumerable<TestCaseData> Cases(string manifest) =>
        W3cManifests.Cases(manifest, EvaluationKnownFailures.ReasonFor)
            .Where(c => c.Arguments[0] is not ManifestTest t || t.Type is Mf + "QueryEvaluationTest" or Mf + "CSVResultFormatTest");

    /// <summary>
    /// A few entries are also run through the built <c>kg</c> as a separate process, to show the in-process runs
    /// above take the same path as the real tool: one of each query form and result format, named graphs from
    /// qt:graphData and from FROM / FROM NAMED, and non-ASCII output.
    /// </summary>
    private static readonly HashSet<string> s_processSample = new(StringComparer.Ordinal)
    {
        "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/ask/manifest#ask-1",
        "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/construct/manifest#construct-1",
        "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/graph/manifest#dawg-graph-05",
        "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/dataset/manifest#dawg-dataset-12b",
        "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/i18n/manifest#kanji-1",
        "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/csv-tsv-res/manifest#csv01",
        "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/csv-tsv-res/manifest#tsv01",
        "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/json-res/manifest#jsonres01",
    };

    public static IEnumerable<TestCaseData> ProcessSample()
    {
        var cases = Sparql10().Concat(Sparql11Results()).ToList();
        var sample = cases.Select(c => c.Arguments[0]).OfType<ManifestTest>().Where(t => s_processSample.Contains(t.Iri)).ToList();
        // A manifest that could not be read, or a sample entry that went missing, fails rather than shrinking the sample.
        var broken = cases.Where(c => c.Arguments[0] is null).ToList();
        var missing = s_processSample.Except(sample.Select(t => t.Iri)).ToList();
        if (cases.Any(c => c.RunState == NUnit.Framework.Interfaces.RunState.Ignored && c.Arguments[0] is null))
            return cases.Where(c => c.Arguments[0] is null).Select(c => c.SetName("kg process: " + c.TestName)).ToList();
        if (missing.Count > 0)
            broken.Add(new TestCaseData(null).SetName("kg process sample incomplete").SetDescription("not in the manifests: " + string.Join(", ", missing)));
        return [.. broken, .. sample.Select(t => new TestCaseData(t).SetName("kg process: " + t.Iri))];
    }

    /// <summary>Every entry, through kg's entry point in this process: arguments parsed, files read, standard output
    /// written as UTF-8 bytes exactly as the tool writes them, exit code returned. A few milliseconds per query,
    /// where starting a process takes a few tenths of a second on the CI machine.</summary>
    [TestCaseSource(nameof(Sparql10))]
    [TestCaseSource(nameof(Sparql10Extended))]
    [TestCaseSource(nameof(Sparql11Query))]
    [TestCaseSource(nameof(Sparql11Results))]
    public void Kg_query_prints_the_expected_results(ManifestTest? test) => Check(test, KgRunner.RunEncoded);

    [TestCaseSource(nameof(ProcessSample))]
    public void The_kg_process_prints_the_expected_results(ManifestTest? test) => Check(test, KgRunner.RunProcess);

    private static void Check(ManifestTest? test, Func<string, string[], KgRun> kg)
    {
        if (test is null) Assert.Fail("the manifest could not be read, or a sample entry is missing (see the case's description)");
        var action = QueryTestAction.Of(test!);
        var resultPath = ManifestTest.LocalPath(test!.Result ?? throw new InvalidOperationException("The test has no mf:result."));
        var queryText = action.ReadQuery();
        bool csvTest = test.Type == Mf + "CSVResultFormatTest";
        var resultsFormat = csvTest ? SparqlResultsFormat.Csv
            : resultPath.EndsWith(".tsv", StringComparison.Ordinal) ? SparqlResultsFormat.Tsv
            : SparqlResultsFormat.Json;

        var folder = Path.GetDirectoryName(action.QueryPath)!;
        var run = kg(folder, [.. CommandLine(action, queryText, folder, resultsFormat)]);
        run.ExitCode.Should().Be(0, run.ToString());

        var orderKeys = OrderKeys.Of(queryText);
        if (csvTest)
        {
            Assert.That(CsvResultComparer.Compare(File.ReadAllText(resultPath), run.Stdout, orderKeys.Count > 0), Is.Null);
            return;
        }
        var expected = ExpectedResult.Load(resultPath);
        if (expected.Result.Kind == SparqlResultKind.Graph)
        {
            var graph = ParseOutput(() => Graph.Parse(run.Stdout, RdfFormat.Turtle), run);
            Assert.That(graph.IsIsomorphicWith(expected.Result.Graph), Is.True,
                () => $"The graphs are not isomorphic.\nexpected:\n{Dump(expected.Result.Graph)}\nkg printed:\n{run.Stdout}");
            return;
        }
        var actual = ParseOutput(() => SparqlResultsReader.Parse(run.Stdout, resultsFormat), run);
        if (expected.Result.Kind == SparqlResultKind.Boolean)
        {
            Assert.That(actual.Kind, Is.EqualTo(SparqlResultKind.Boolean), "An ASK answer was expected.");
            Assert.That(actual.Boolean, Is.EqualTo(expected.Result.Boolean));
            return;
        }
        Assert.That(actual.Kind, Is.EqualTo(SparqlResultKind.Bindings), "Solutions were expected.");
        bool lax = test.Object(Mf + "resultCardinality")?.ToString() == "<" + Mf + "LaxCardinality>";
        var keys = expected.Ordered ? orderKeys : null;
        Assert.That(ResultSetComparer.Compare(expected.Result.ResultSet, actual.ResultSet, lax, keys, EvaluationKnownFailures.ComparedByValue(test)), Is.Null);
    }

    /// <summary>
    /// The <c>kg query</c> arguments for a test, with files relative to the query's folder (the working directory).
    /// A graph that FROM or FROM NAMED names is given with <c>--named</c> so the query selects it among the loaded
    /// graphs; a name outside the suites (no such file) is left to kg, which gives an empty graph.
    /// </summary>
    private static List<string> CommandLine(QueryTestAction action, string queryText, string folder, SparqlResultsFormat results)
    {
        var args = new List<string> { "query", "--query-file", Path.GetFileName(action.QueryPath), "--base", action.QueryIri };
        foreach (var path in action.Data)
            args.AddRange(["--data", W3cManifests.IriOf(path) + "=" + Path.GetRelativePath(folder, path)]);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in action.GraphData) named.TryAdd(W3cManifests.IriOf(path), path);
        foreach (var iri in DatasetClauseGraphs(queryText, action.QueryIri))
            if (SuiteFile(iri) is { } path) named.TryAdd(iri, path);
        foreach (var (iri, path) in named)
            args.AddRange(["--named", iri + "=" + Path.GetRelativePath(folder, path)]);
        args.AddRange(["--results", results switch
        {
            SparqlResultsFormat.Csv => "csv",
            SparqlResultsFormat.Tsv => "tsv",
            _ => "json",
        }]);
        args.AddRange(["--timeout", "60"]);
        return args;
    }

    /// <summary>The IRIs of the query's FROM and FROM NAMED clauses, resolved as kg resolves them.</summary>
    private static IEnumerable<string> DatasetClauseGraphs(string queryText, string baseIri)
    {
        var syntax = SparqlQuery.Parse(queryText, baseIri).Syntax;
        return syntax.From.Concat(syntax.FromNamed).Select(n => n.Value);
    }

    private static string? SuiteFile(string iri)
    {
        try
        {
            var path = W3cManifests.LocalPath(iri);
            return File.Exists(path) ? path : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static T ParseOutput<T>(Func<T> parse, KgRun run)
    {
        try
        {
            return parse();
        }
        catch (RdfSyntaxException e)
        {
            Assert.Fail($"kg's output could not be read back: {e.Message}\n{run}");
            throw;
        }
    }

    private static string Dump(Graph g) =>
        string.Join("\n", g.Select(t => t.ToString()).OrderBy(s => s, StringComparer.Ordinal));
}
