using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.RdfSyntax;

/// <summary>The W3C RDF 1.1 N-Triples, N-Quads, Turtle and TriG suites, one NUnit case per manifest entry, no skips.</summary>
[TestFixture]
public sealed class RdfSyntaxSuites
{
    public static IEnumerable<TestCaseData> NTriplesCases() => W3cManifests.Cases("rdf-n-triples/manifest.ttl");

    public static IEnumerable<TestCaseData> NQuadsCases() => W3cManifests.Cases("rdf-n-quads/manifest.ttl");

    public static IEnumerable<TestCaseData> TurtleCases() => W3cManifests.Cases("rdf-turtle/manifest.ttl");

    public static IEnumerable<TestCaseData> TriGCases() => W3cManifests.Cases("rdf-trig/manifest.ttl");

    [TestCaseSource(nameof(NTriplesCases))]
    public void NTriples(ManifestTest? test) => SyntaxSuiteRunner.Run(test, RdfFormat.NTriples, RdfFormat.NTriples);

    [TestCaseSource(nameof(NQuadsCases))]
    public void NQuads(ManifestTest? test) => SyntaxSuiteRunner.Run(test, RdfFormat.NQuads, RdfFormat.NQuads);

    [TestCaseSource(nameof(TurtleCases))]
    public void Turtle(ManifestTest? test) => SyntaxSuiteRunner.Run(test, RdfFormat.Turtle, RdfFormat.NTriples);

    [TestCaseSource(nameof(TriGCases))]
    public void TriG(ManifestTest? test) => SyntaxSuiteRunner.Run(test, RdfFormat.TriG, RdfFormat.NQuads);
}
