using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg convert</c> turns every W3C evaluation input (Turtle, TriG, RDF/XML eval tests and the N-Triples/N-Quads
/// positive syntax tests) into N-Triples or N-Quads isomorphic with the expected result, driven from the manifests.
/// The input's base IRI is the one the suite was published under, passed with --base as a user would.
/// </summary>
public class ConvertConformanceTests
{
    /// <summary>Only evaluation tests and positive N-Triples/N-Quads syntax tests have a graph to convert; the
    /// others (negative and positive syntax tests of the other suites) are left out rather than skipped. A manifest
    /// that cannot be read still yields its one failing case.</summary>
    private static IEnumerable<TestCaseData> Convertible(string manifest) =>
        W3cManifests.Cases(manifest).Where(c => c.Arguments[0] is not ManifestTest t || t.TypeName is "TestTurtleEval"
            or "TestTrigEval" or "TestXMLEval" or "TestNTriplesPositiveSyntax" or "TestNQuadsPositiveSyntax");

    public static IEnumerable<TestCaseData> Turtle() => Convertible("rdf-turtle/manifest.ttl");
    public static IEnumerable<TestCaseData> TriG() => Convertible("rdf-trig/manifest.ttl");
    public static IEnumerable<TestCaseData> NTriples() => Convertible("rdf-n-triples/manifest.ttl");
    public static IEnumerable<TestCaseData> NQuads() => Convertible("rdf-n-quads/manifest.ttl");
    public static IEnumerable<TestCaseData> RdfXml() => Convertible("rdf-xml/manifest.ttl");

    [TestCaseSource(nameof(Turtle))]
    [TestCaseSource(nameof(TriG))]
    [TestCaseSource(nameof(NTriples))]
    [TestCaseSource(nameof(NQuads))]
    [TestCaseSource(nameof(RdfXml))]
    public void Kg_convert_matches_the_expected_graph(ManifestTest? test)
    {
        if (test is null) Assert.Fail("the manifest could not be read (see the case's description)");
        var input = ManifestTest.LocalPath(test!.Action!);
        var inputFormat = test.TypeName switch
        {
            "TestTurtleEval" => "turtle",
            "TestTrigEval" => "trig",
            "TestXMLEval" => "rdfxml",
            "TestNTriplesPositiveSyntax" => "ntriples",
            _ => "nquads",
        };
        Available.Reader(RdfFormat.FromName(inputFormat)!);
        bool quads = test.TypeName is "TestTrigEval" or "TestNQuadsPositiveSyntax";
        var run = KgRunner.Run(Path.GetDirectoryName(input)!, "convert", input, "--from", inputFormat,
            "--to", quads ? "nquads" : "ntriples", "--base", W3cManifests.IriOf(input));
        run.ExitCode.Should().Be(0, run.ToString());

        var actual = Dataset.Parse(run.Stdout, RdfFormat.NQuads);
        Dataset expected = test.Result is { } result
            ? Dataset.Load(ManifestTest.LocalPath(result), RdfFormat.NQuads)
            : Dataset.Load(input, RdfFormat.FromName(inputFormat), W3cManifests.IriOf(input));
        actual.IsIsomorphicWith(expected).Should().BeTrue($"kg convert output:\n{run.Stdout}");
    }
}
