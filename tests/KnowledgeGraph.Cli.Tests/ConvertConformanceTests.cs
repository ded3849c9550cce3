using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg convert</c> turns every W3C evaluation input (Turtle, TriG, RDF/XML eval tests and the N-Triples/N-Quads
/// positive syntax tests) into N-Triples or N-Quads isomorphic with the expected result, driven from the manifests.
/// The input's base IRI is the one the suite was published under, passed with --base as a user would.
/// </summary>
public class ConvertConformanceTests
{
    private static string? NotEval(ManifestTest t) => t.TypeName is "TestTurtleEval" or "TestTrigEval" or "TestXMLEval"
        or "TestNTriplesPositiveSyntax" or "TestNQuadsPositiveSyntax" ? null : "not an evaluation or positive syntax test: nothing to convert";

    public static IEnumerable<TestCaseData> Turtle() => W3cManifests.Cases("rdf-turtle/manifest.ttl", NotEval);
    public static IEnumerable<TestCaseData> TriG() => W3cManifests.Cases("rdf-trig/manifest.ttl", NotEval);
    public static IEnumerable<TestCaseData> NTriples() => W3cManifests.Cases("rdf-n-triples/manifest.ttl", NotEval);
    public static IEnumerable<TestCaseData> NQuads() => W3cManifests.Cases("rdf-n-quads/manifest.ttl", NotEval);
    public static IEnumerable<TestCaseData> RdfXml() => W3cManifests.Cases("rdf-xml/manifest.ttl", NotEval);

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
