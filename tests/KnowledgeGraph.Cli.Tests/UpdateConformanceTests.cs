using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Conformance.Sparql.Support;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg update</c> passes every <c>mf:UpdateEvaluationTest</c> of the W3C SPARQL 1.1 Update suite through the command
/// line, as the conformance project's in-process fixture does through the API: <c>ut:data</c> files as
/// <c>--data IRI=FILE</c>, each <c>ut:graphData</c> as <c>--named LABEL=FILE</c>, the request as <c>--update-file</c>
/// with <c>--base</c> (the IRIs the suites were published under). The TriG kg prints is read back and compared with
/// the expected dataset up to blank-node renaming, named graphs included (except empty ones, which TriG cannot
/// write); a few entries also run as a real process.
/// </summary>
public class UpdateConformanceTests
{
    private const string Manifest = "sparql11/manifest-sparql11-update.ttl";

    public static IEnumerable<TestCaseData> Evaluation() =>
        W3cManifests.Cases(Manifest).Where(c => c.Arguments[0] is not ManifestTest t || t.TypeName == "UpdateEvaluationTest");

    private static readonly HashSet<string> s_processSample = new(StringComparer.Ordinal)
    {
        "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/delete-insert/manifest#dawg-delete-insert-01",
        "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/clear/manifest#dawg-clear-graph-01",
        "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/move/manifest#move01",
    };

    public static IEnumerable<TestCaseData> ProcessSample()
    {
        var cases = Evaluation().ToList();
        var sample = cases.Select(c => c.Arguments[0]).OfType<ManifestTest>().Where(t => s_processSample.Contains(t.Iri)).ToList();
        var broken = cases.Where(c => c.Arguments[0] is null).ToList();
        var missing = s_processSample.Except(sample.Select(t => t.Iri)).ToList();
        if (missing.Count > 0)
            broken.Add(new TestCaseData(null).SetName("kg process sample incomplete").SetDescription("not in the manifests: " + string.Join(", ", missing)));
        return [.. broken, .. sample.Select(t => new TestCaseData(t).SetName("kg process: " + t.Iri))];
    }

    [TestCaseSource(nameof(Evaluation))]
    public void Kg_update_writes_the_expected_dataset(ManifestTest? test) => Check(test, KgRunner.RunEncoded);

    [TestCaseSource(nameof(ProcessSample))]
    public void The_kg_process_writes_the_expected_dataset(ManifestTest? test) => Check(test, KgRunner.RunProcess);

    private static void Check(ManifestTest? test, Func<string, string[], KgRun> kg)
    {
        if (test is null) Assert.Fail("the manifest could not be read, or a sample entry is missing (see the case's description)");
        var request = UpdateTestState.RequestOf(test!);
        var before = UpdateTestState.Of(test!, test!.Action);
        var expected = UpdateTestState.Of(test, test.Result).Load();
        var folder = Path.GetDirectoryName(request)!;

        var args = new List<string> { "update", "--update-file", Path.GetFileName(request), "--base", W3cManifests.IriOf(request) };
        foreach (var path in before.Data) args.AddRange(["--data", W3cManifests.IriOf(path) + "=" + Path.GetRelativePath(folder, path)]);
        foreach (var (name, path) in before.Graphs) args.AddRange(["--named", name + "=" + Path.GetRelativePath(folder, path)]);
        var run = kg(folder, [.. args]);
        run.ExitCode.Should().Be(0, run.ToString());

        Dataset actual;
        try
        {
            actual = Dataset.Parse(run.Stdout, RdfFormat.TriG);
        }
        catch (RdfSyntaxException e)
        {
            Assert.Fail($"kg's output could not be read back: {e.Message}\n{run}");
            return;
        }
        // TriG cannot write a named graph without triples, so empty graphs are compared by the API fixture only.
        Assert.That(UpdateTestState.Compare(expected, actual, countEmptyGraphs: false), Is.Null, run.Stdout);
    }
}
