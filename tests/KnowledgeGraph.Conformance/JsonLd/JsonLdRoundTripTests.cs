using KnowledgeGraph.TestSupport;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.JsonLd;

namespace KnowledgeGraph.Conformance.JsonLd;

/// <summary>
/// Writing JSON-LD and reading it back gives an isomorphic dataset: for every W3C Turtle eval graph, and for every
/// expected dataset of the JSON-LD toRdf suite (named graphs, lists, typed and language-tagged literals).
/// </summary>
[TestFixture]
public sealed class JsonLdRoundTripTests
{
    private static IEnumerable<TestCaseData> TurtleCases() =>
        W3cManifests.Cases("rdf-turtle/manifest.ttl")
            .Where(c => c.Arguments[0] is not ManifestTest t || t.TypeName == "TestTurtleEval");   // only eval tests have a result graph

    [TestCaseSource(nameof(TurtleCases))]
    public void TurtleEvalGraph(ManifestTest? test)
    {
        if (test is null)
        {
            Assert.Fail("the Turtle manifest could not be read");
            return;
        }
        // The .nt result is the graph; the Turtle action supplies the prefixes a user would have.
        var graph = Dataset.Load(ManifestTest.LocalPath(test.Result!), RdfFormat.NTriples);
        var prefixes = Dataset.Load(ManifestTest.LocalPath(test.Action!), RdfFormat.Turtle, W3cManifests.IriOf(ManifestTest.LocalPath(test.Action!))).Prefixes;
        AssertRoundTrip(graph.ToList(), prefixes);
        AssertStreamedRoundTrip(graph.ToList(), prefixes);
    }

    private static IEnumerable<TestCaseData> ToRdfOutputs() =>
        !Directory.Exists(Path.Combine(JsonLdManifest.Folder, "toRdf"))
            ? [SharedData.MissingSuiteCase("conformance/w3c/json-ld/toRdf", "the W3C JSON-LD toRdf suite", "(missing)")]
            : Directory.EnumerateFiles(Path.Combine(JsonLdManifest.Folder, "toRdf"), "*-out.nq").Order(StringComparer.Ordinal)
                .Select(path => new TestCaseData(Path.GetFileName(path)).SetName("toRdf/" + Path.GetFileName(path)));

    [TestCaseSource(nameof(ToRdfOutputs))]
    public void ToRdfExpectedDataset(string file)
    {
        List<Quad> quads;
        try
        {
            quads = Dataset.Parse(JsonLdManifest.Read("toRdf/" + file), RdfFormat.NQuads).ToList();
        }
        catch (RdfSyntaxException) when (file is "0118-out.nq" or "e075-out.nq")
        {
            Assert.Ignore("generalized RDF (a blank-node predicate), which our RDF model cannot hold");
            return;
        }
        var prefixes = new PrefixMap();
        prefixes.Add("ex", "http://example.org/");
        prefixes.Add("", "http://example.com/");
        AssertRoundTrip(quads, prefixes);
        AssertStreamedRoundTrip(quads, prefixes);
    }

    internal static void AssertRoundTrip(List<Quad> quads, PrefixMap? prefixes)
    {
        var expected = new Dataset();
        foreach (var q in quads) expected.Add(q);
        var text = new StringWriter();
        new JsonLdWriter().Write(quads, text, new RdfWriterOptions { Prefixes = prefixes });
        var json = text.ToString();
        var actual = ReadBackIsomorphic(json, expected, "written");
        var again = new StringWriter();
        new JsonLdWriter().Write(actual, again, new RdfWriterOptions { Prefixes = prefixes });
        Assert.That(again.ToString(), Is.EqualTo(json), "writing the read-back dataset gives different bytes");
    }

    /// <summary>The same data written as a large input is (streamed node by node, as a store yields it) also reads
    /// back isomorphic.</summary>
    internal static void AssertStreamedRoundTrip(List<Quad> quads, PrefixMap? prefixes)
    {
        var expected = new Dataset();
        foreach (var q in quads) expected.Add(q);
        var text = new StringWriter();
        new JsonLdWriter { StreamingThreshold = 0 }.Write(expected, text, new RdfWriterOptions { Prefixes = prefixes });
        ReadBackIsomorphic(text.ToString(), expected, "streamed");
    }

    private static Dataset ReadBackIsomorphic(string json, Dataset expected, string how)
    {
        var actual = new Dataset();
        try
        {
            new JsonLdReader().Read(new StringReader(json), new DelegateSink(q => actual.Add(q)));
        }
        catch (JsonLdException e)
        {
            Assert.Fail($"the {how} JSON-LD does not read back: {e.Message}\n{json}");
        }
        if (!actual.IsIsomorphicWith(expected))
            Assert.Fail($"{how}: not isomorphic after the round trip.\nJSON-LD:\n" + json + "\nexpected:\n"
                        + string.Join("\n", expected.Select(q => q.ToString()).Order()) + "\nactual:\n"
                        + string.Join("\n", actual.Select(q => q.ToString()).Order()));
        return actual;
    }
}
