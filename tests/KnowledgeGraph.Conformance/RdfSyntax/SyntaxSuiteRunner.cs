using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.RdfSyntax;

/// <summary>
/// Runs one entry of an RDF syntax suite: positive syntax tests must parse, negative ones must fail with an
/// <see cref="RdfSyntaxException"/>, and eval tests must be isomorphic to the expected N-Triples/N-Quads. Every eval
/// test also round-trips through our writers (the suite's own syntax and the line-based one) and must come back
/// isomorphic to the expected dataset.
/// </summary>
internal static class SyntaxSuiteRunner
{
    public static void Run(ManifestTest? test, RdfFormat format, RdfFormat expectedFormat)
    {
        if (test is null)
        {
            Assert.Fail("The manifest could not be read (see the test description).");
            return;
        }
        var action = ManifestTest.LocalPath(test.Action ?? throw new AssertionException("The test has no mf:action."));
        var type = test.TypeName;
        if (type.Contains("NegativeSyntax", StringComparison.Ordinal) || type.Contains("NegativeEval", StringComparison.Ordinal))
        {
            var act = () => Parse(action, format);
            act.Should().Throw<RdfSyntaxException>($"{test.Name} is a negative test");
            return;
        }
        var actual = Parse(action, format);
        if (type.Contains("PositiveSyntax", StringComparison.Ordinal)) return;
        if (!type.EndsWith("Eval", StringComparison.Ordinal))
        {
            Assert.Fail($"Unknown test type {test.Type}.");
            return;
        }
        var expected = Parse(ManifestTest.LocalPath(test.Result ?? throw new AssertionException("The eval test has no mf:result.")), expectedFormat);
        AssertIsomorphic(actual, expected, "parsed");
        foreach (var writerFormat in RoundTripFormats(format, expectedFormat))
        {
            var text = actual.ToString(writerFormat);
            Dataset reread;
            try
            {
                reread = ParseText(text, writerFormat);
            }
            catch (RdfSyntaxException e)
            {
                Assert.Fail($"Our {writerFormat} output does not parse: {e.Message}\n{text}");
                return;
            }
            AssertIsomorphic(reread, expected, $"written as {writerFormat} and re-read:\n{text}\n");
        }
    }

    /// <summary>The writers each eval test round-trips through: the suite's own syntax and the line-based one.</summary>
    private static IEnumerable<RdfFormat> RoundTripFormats(RdfFormat format, RdfFormat expectedFormat) =>
        format == expectedFormat ? [format] : [format, expectedFormat];

    private static void AssertIsomorphic(Dataset actual, Dataset expected, string what)
    {
        if (actual.IsIsomorphicWith(expected)) return;
        Assert.Fail($"Not isomorphic ({what}).\nExpected:\n{expected.ToString(RdfFormat.NQuads)}\nActual:\n{actual.ToString(RdfFormat.NQuads)}");
    }

    private static Dataset Parse(string path, RdfFormat format)
    {
        var dataset = new Dataset();
        using var reader = RdfInput.OpenFile(path);
        format.CreateReader().Read(reader, new DatasetSink(dataset),
            new RdfReaderOptions { BaseIri = W3cManifests.IriOf(path), SourceName = path });
        return dataset;
    }

    private static Dataset ParseText(string text, RdfFormat format)
    {
        var dataset = new Dataset();
        format.CreateReader().Read(new StringReader(text), new DatasetSink(dataset), new RdfReaderOptions { SourceName = "written" });
        return dataset;
    }
}
