using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Conformance.Sparql.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Conformance.Sparql;

/// <summary>
/// The W3C SPARQL 1.1 Update suite (<c>sparql11/manifest-sparql11-update.ttl</c>): every update syntax test (positive
/// and negative, including the <c>mf:NegativeSyntaxTest11</c> requests of delete-insert) and every
/// <c>mf:UpdateEvaluationTest</c>, whose resulting dataset must equal the expected one up to blank-node renaming.
/// </summary>
[TestFixture]
public sealed class UpdateTests
{
    private const string Manifest = "sparql11/manifest-sparql11-update.ttl";

    private static readonly HashSet<string> SyntaxTypes = new(StringComparer.Ordinal)
    {
        "PositiveUpdateSyntaxTest11", "NegativeUpdateSyntaxTest11", "NegativeSyntaxTest11", "PositiveSyntaxTest11",
    };

    public static IEnumerable<TestCaseData> Syntax() =>
        W3cManifests.Cases(Manifest).Where(c => c.Arguments[0] is not ManifestTest t || SyntaxTypes.Contains(t.TypeName));

    public static IEnumerable<TestCaseData> Evaluation() =>
        W3cManifests.Cases(Manifest).Where(c => c.Arguments[0] is not ManifestTest t || t.TypeName == "UpdateEvaluationTest");

    [TestCaseSource(nameof(Syntax))]
    public void UpdateSyntax(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read; see the test description.");
            return;
        }
        var action = (NamedNode)test.Action!;
        var text = SyntaxTests.ReadQuery(ManifestTest.LocalPath(action));
        if (test.TypeName.StartsWith("Positive", StringComparison.Ordinal))
            Assert.DoesNotThrow(() => SparqlUpdate.Parse(text, action.Value), "should parse");
        else
            Assert.Throws<SparqlSyntaxException>(() => SparqlUpdate.Parse(text, action.Value), "should be rejected");
    }

    [TestCaseSource(nameof(Evaluation))]
    public void UpdateEvaluation(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read; see the test description.");
            return;
        }
        var request = UpdateTestState.RequestOf(test);
        var dataset = UpdateTestState.Of(test, test.Action).Load();
        var expected = UpdateTestState.Of(test, test.Result).Load();
        var update = SparqlUpdate.Parse(SyntaxTests.ReadQuery(request), W3cManifests.IriOf(request));
        update.Execute(dataset, new SparqlUpdateOptions { Timeout = TimeSpan.FromSeconds(60) });
        Assert.That(UpdateTestState.Compare(expected, dataset), Is.Null);
    }
}
