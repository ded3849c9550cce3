using KnowledgeGraph.Conformance.Manifests;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg query --query-file</c> on every W3C SPARQL query syntax test, against an empty dataset: the same entries as
/// the conformance project's in-process syntax fixture (<c>mf:PositiveSyntaxTest(11)</c> and
/// <c>mf:NegativeSyntaxTest(11)</c> of the SPARQL 1.0 manifest and the SPARQL 1.1 query manifest; update,
/// federation and entailment manifests are not part of this fixture), with nothing skipped. A positive test must
/// succeed, or fail only in evaluation (<c>query:1:1:</c>, e.g. SERVICE without SILENT, which the local engine
/// cannot run), never with a syntax error; a negative test must exit 1 with one <c>PATH:LINE:COLUMN: message</c>
/// line on standard error whose PATH is the query file as given on the command line.
/// </summary>
public class QuerySyntaxConformanceTests
{
    private static readonly HashSet<string> s_syntaxTypes = new(StringComparer.Ordinal)
    {
        "PositiveSyntaxTest", "PositiveSyntaxTest11", "NegativeSyntaxTest", "NegativeSyntaxTest11",
    };

    /// <summary>What <c>ErrorReporter</c> prints for a query that parsed but could not be evaluated (CLI.md: PATH
    /// is <c>query</c> when the error is not in a file).</summary>
    private const string EvaluationErrorPrefix = "query:1:1: ";

    public static IEnumerable<TestCaseData> Sparql10() => Cases("sparql10/manifest.ttl");

    public static IEnumerable<TestCaseData> Sparql11Query() => Cases("sparql11/manifest-sparql11-query.ttl");

    /// <summary>A manifest that cannot be read still yields its one failing (null) case.</summary>
    private static IEnumerable<TestCaseData> Cases(string manifest) =>
        W3cManifests.Cases(manifest).Where(c => c.Arguments[0] is not ManifestTest t || s_syntaxTypes.Contains(t.TypeName));

    [TestCaseSource(nameof(Sparql10))]
    [TestCaseSource(nameof(Sparql11Query))]
    public void Kg_query_accepts_or_rejects_the_query(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("the manifest could not be read (see the case's description)");
            return;
        }
        var queryIri = test.Action as KnowledgeGraph.Model.NamedNode ?? throw new InvalidOperationException("The syntax test's mf:action is not an IRI.");
        var queryPath = ManifestTest.LocalPath(queryIri);
        var folder = Path.GetDirectoryName(queryPath)!;
        var file = Path.GetFileName(queryPath);
        var run = KgRunner.RunEncoded(folder, "query", "--query-file", file, "--base", queryIri.Value, "--results", "json", "--timeout", "60");

        if (test.TypeName.StartsWith("Positive", StringComparison.Ordinal))
            ExpectAccepted(run);
        else
            ExpectSyntaxError(run, file);
    }

    private static void ExpectAccepted(KgRun run)
    {
        if (run.ExitCode == 0)
        {
            run.Stderr.Should().BeEmpty(run.ToString());
            return;
        }
        // Exit code 1 also covers "a query that cannot be evaluated"; that is fine for a syntax test as long as the
        // one error line says evaluation, not syntax (and not an internal error, which also exits 1).
        run.ExitCode.Should().Be(1, "a valid query must succeed or fail only in evaluation\n" + run);
        run.ErrorLines.Should().ContainSingle(run.ToString());
        run.ErrorLines[0].Should().StartWith(EvaluationErrorPrefix, "a valid query must not be reported as a syntax error\n" + run);
    }

    private static void ExpectSyntaxError(KgRun run, string file)
    {
        run.ExitCode.Should().Be(1, "an invalid query is invalid input\n" + run);
        run.Stdout.Should().BeEmpty(run.ToString());
        run.ErrorLines.Should().ContainSingle(run.ToString());
        var line = run.ErrorLines[0];
        line.Should().StartWith(file + ":", "the error names the query file\n" + run);
        var position = line[(file.Length + 1)..].Split(':', 3);
        position.Should().HaveCount(3, "the error is PATH:LINE:COLUMN: message\n" + run);
        int.TryParse(position[0], out var lineNumber).Should().BeTrue("LINE is a number\n" + run);
        int.TryParse(position[1], out var column).Should().BeTrue("COLUMN is a number\n" + run);
        lineNumber.Should().BePositive("LINE is 1-based\n" + run);
        column.Should().BePositive("COLUMN is 1-based\n" + run);
        position[2].Should().StartWith(" ", run.ToString());
        position[2].Trim().Should().NotBeEmpty("the error has a message\n" + run);
    }
}
