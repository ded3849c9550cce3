using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Conformance.Sparql.Support;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Conformance.Sparql;

/// <summary>
/// The W3C SPARQL query evaluation suites: one case per <c>mf:QueryEvaluationTest</c> and
/// <c>mf:CSVResultFormatTest</c> of the SPARQL 1.0 (with its extended sort manifest) and SPARQL 1.1 query and
/// result-format manifests. Syntax tests of the same manifests are run by the syntax harness.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public class EvaluationTests
{
    private const string Mf = ManifestTest.Mf;

    public static IEnumerable<TestCaseData> Sparql10() => Cases("sparql10/manifest.ttl");

    public static IEnumerable<TestCaseData> Sparql10Extended() => Cases("sparql10/sort/extended-manifest.ttl");

    public static IEnumerable<TestCaseData> Sparql11Query() => Cases("sparql11/manifest-sparql11-query.ttl");

    public static IEnumerable<TestCaseData> Sparql11Results() => Cases("sparql11/manifest-sparql11-results.ttl");

    [TestCaseSource(nameof(Sparql10))]
    public void Sparql10Evaluation(ManifestTest? test) => Run(test);

    [TestCaseSource(nameof(Sparql10Extended))]
    public void Sparql10ExtendedEvaluation(ManifestTest? test) => Run(test);

    [TestCaseSource(nameof(Sparql11Query))]
    public void Sparql11QueryEvaluation(ManifestTest? test) => Run(test);

    [TestCaseSource(nameof(Sparql11Results))]
    public void Sparql11ResultsEvaluation(ManifestTest? test) => Run(test);

    private static IEnumerable<TestCaseData> Cases(string manifest) =>
        W3cManifests.Cases(manifest, EvaluationKnownFailures.ReasonFor)
            .Where(c => c.Arguments[0] is not ManifestTest t || IsEvaluation(t));

    private static bool IsEvaluation(ManifestTest t) =>
        t.Type is Mf + "QueryEvaluationTest" or Mf + "CSVResultFormatTest";

    private static void Run(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read; see the test description.");
            return;
        }
        var action = QueryTestAction.Of(test);
        var queryText = action.ReadQuery();
        var resultPath = ManifestTest.LocalPath(test.Result ?? throw new InvalidOperationException("The test has no mf:result."));
        var dataset = action.LoadDataset();
        var query = SparqlQuery.Parse(queryText, action.QueryIri);
        var options = new SparqlQueryOptions { Timeout = TimeSpan.FromSeconds(60), GraphResolver = QueryTestAction.ResolveGraph };
        var actual = query.Execute(dataset, options, CancellationToken.None);
        var orderKeys = OrderKeys.Of(queryText);

        if (test.Type == Mf + "CSVResultFormatTest")
        {
            var csv = SparqlResultsWriter.ToString(actual, SparqlResultsFormat.Csv);
            var expectedCsv = File.ReadAllText(resultPath);
            Assert.That(CsvResultComparer.Compare(expectedCsv, csv, orderKeys.Count > 0), Is.Null);
            return;
        }

        var expected = ExpectedResult.Load(resultPath);
        switch (expected.Result.Kind)
        {
            case SparqlResultKind.Boolean:
                Assert.That(actual.Kind, Is.EqualTo(SparqlResultKind.Boolean), "An ASK answer was expected.");
                Assert.That(actual.Boolean, Is.EqualTo(expected.Result.Boolean));
                break;
            case SparqlResultKind.Graph:
                Assert.That(actual.Kind, Is.EqualTo(SparqlResultKind.Graph), "A graph was expected.");
                Assert.That(actual.Graph.IsIsomorphicWith(expected.Result.Graph), Is.True,
                    () => $"The graphs are not isomorphic.\nexpected:\n{Dump(expected.Result.Graph)}\nactual:\n{Dump(actual.Graph)}");
                break;
            default:
                Assert.That(actual.Kind, Is.EqualTo(SparqlResultKind.Bindings), "Solutions were expected.");
                bool lax = test.Object(Mf + "resultCardinality")?.ToString() == "<" + Mf + "LaxCardinality>";
                var keys = expected.Ordered ? orderKeys : null;
                Assert.That(ResultSetComparer.Compare(expected.Result.ResultSet, actual.ResultSet, lax, keys, EvaluationKnownFailures.ComparedByValue(test)), Is.Null);
                AssertRoundTrips(actual);
                break;
        }
    }

    /// <summary>The real results also exercise our result writers and readers: each lossless format must give them back.</summary>
    private static void AssertRoundTrips(SparqlResult actual)
    {
        foreach (var format in new[] { SparqlResultsFormat.Json, SparqlResultsFormat.Xml, SparqlResultsFormat.Tsv })
        {
            var back = SparqlResultsReader.Parse(SparqlResultsWriter.ToString(actual, format), format);
            Assert.That(ResultSetComparer.Compare(actual.ResultSet, back.ResultSet, false, null), Is.Null, $"{format} round trip");
        }
    }

    private static string Dump(KnowledgeGraph.Graph g) =>
        string.Join("\n", g.Select(t => t.ToString()).OrderBy(s => s, StringComparer.Ordinal));
}
