using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.RdfXml;

/// <summary>
/// The W3C RDF/XML suite (<c>rdf-xml/manifest.ttl</c>): eval tests parse the input with the manifest's
/// <c>mf:assumedTestBase</c> (via <see cref="W3cManifests.IriOf"/>) and compare with the expected N-Triples by
/// isomorphism, then round-trip through our writer; negative syntax tests must fail to parse. No test is skipped.
/// </summary>
public class RdfXmlConformanceTests
{
    public static IEnumerable<TestCaseData> Cases() => W3cManifests.Cases("rdf-xml/manifest.ttl");

    [TestCaseSource(nameof(Cases))]
    public void RdfXml(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("rdf-xml/manifest.ttl could not be read (see the test description).");
            return;
        }
        var action = ManifestTest.LocalPath(test.Action!);
        switch (test.TypeName)
        {
            case "TestXMLEval":
                Eval(action, ManifestTest.LocalPath(test.Result!));
                break;
            case "TestXMLNegativeSyntax":
                var parse = () => Graph.Load(action, RdfFormat.RdfXml, W3cManifests.IriOf(action));
                parse.Should().Throw<RdfSyntaxException>();
                break;
            default:
                Assert.Fail($"Unknown test type {test.Type}.");
                break;
        }
    }

    private static void Eval(string action, string result)
    {
        var actual = Graph.Load(action, RdfFormat.RdfXml, W3cManifests.IriOf(action));
        var expected = Graph.Load(result, RdfFormat.NTriples, W3cManifests.IriOf(result));
        Assert.That(actual.IsIsomorphicWith(expected), Is.True,
            () => $"Parsed:\n{Dump(actual)}\nExpected:\n{Dump(expected)}");

        var written = actual.ToString(RdfFormat.RdfXml);
        var reread = Graph.Parse(written, RdfFormat.RdfXml);
        Assert.That(reread.IsIsomorphicWith(expected), Is.True,
            () => $"Round trip through our writer differs. Written:\n{written}\nRe-read:\n{Dump(reread)}");
    }

    private static string Dump(Graph g) => string.Join("\n", g.Select(t => t.ToString()).Order(StringComparer.Ordinal));
}
