using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Conformance.Sparql;

/// <summary>
/// The W3C SPARQL syntax tests: every <c>mf:PositiveSyntaxTest(11)</c> must parse and every
/// <c>mf:NegativeSyntaxTest(11)</c> must be rejected with a <see cref="SparqlSyntaxException"/>. SPARQL 1.0 and 1.1
/// tests use the same (1.1) parser. Update-syntax tests are out of scope and not selected.
/// </summary>
[TestFixture]
public sealed class SyntaxTests
{
    private static readonly HashSet<string> SyntaxTypes = new(StringComparer.Ordinal)
    {
        "PositiveSyntaxTest", "NegativeSyntaxTest", "PositiveSyntaxTest11", "NegativeSyntaxTest11",
    };

    private static IEnumerable<TestCaseData> Only(string manifest) =>
        W3cManifests.Cases(manifest).Where(c => c.Arguments[0] is not ManifestTest t || SyntaxTypes.Contains(t.TypeName));

    /// <summary>sparql10/manifest.ttl.</summary>
    public static IEnumerable<TestCaseData> Sparql10() => Only("sparql10/manifest.ttl");

    /// <summary>sparql11/manifest-sparql11-query.ttl.</summary>
    public static IEnumerable<TestCaseData> Sparql11Query() => Only("sparql11/manifest-sparql11-query.ttl");

    /// <summary>sparql11/manifest-sparql11-fed.ttl (SERVICE syntax).</summary>
    public static IEnumerable<TestCaseData> Sparql11Federation() => Only("sparql11/manifest-sparql11-fed.ttl");

    [TestCaseSource(nameof(Sparql10))]
    public void Sparql10Syntax(ManifestTest? test) => Run(test);

    [TestCaseSource(nameof(Sparql11Query))]
    public void Sparql11QuerySyntax(ManifestTest? test) => Run(test);

    [TestCaseSource(nameof(Sparql11Federation))]
    public void Sparql11FederationSyntax(ManifestTest? test) => Run(test);

    private static void Run(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read; see the test description.");
            return;
        }
        var action = (KnowledgeGraph.Model.NamedNode)test.Action!;
        var path = ManifestTest.LocalPath(action);
        var text = ReadQuery(path);
        bool positive = test.TypeName.StartsWith("Positive", StringComparison.Ordinal);
        if (positive)
        {
            Assert.DoesNotThrow(() => SparqlQuery.Parse(text, action.Value), $"{path} should parse");
        }
        else
        {
            Assert.Throws<SparqlSyntaxException>(() => SparqlQuery.Parse(text, action.Value), $"{path} should be rejected");
        }
    }

    /// <summary>Reads a query as strict UTF-8; a file that is not UTF-8 is itself a syntax error.</summary>
    internal static string ReadQuery(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new System.Text.UTF8Encoding(false, true).GetString(bytes);
    }
}
