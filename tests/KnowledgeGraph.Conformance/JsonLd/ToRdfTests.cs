using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.JsonLd;

namespace KnowledgeGraph.Conformance.JsonLd;

/// <summary>The W3C JSON-LD 1.1 toRdf suite, driven from <c>json-ld/toRdf-manifest.jsonld</c>.</summary>
[TestFixture]
public sealed class ToRdfTests
{
    /// <summary>Why a test does not apply to this processor; null when it runs.</summary>
    private static string? SkipReason(JsonLdTest t)
    {
        if (t.OptionString("specVersion") == "json-ld-1.0")
            return "specVersion json-ld-1.0: the test describes JSON-LD 1.0 behaviour that a 1.1 processor replaces";
        if (t.OptionFlag("produceGeneralizedRdf"))
            return "produceGeneralizedRdf: our RDF model has IRI predicates only, so triples with blank-node predicates cannot be represented";
        return null;
    }

    private static IEnumerable<TestCaseData> Cases() => JsonLdManifest.Cases("toRdf-manifest.jsonld", SkipReason);

    [TestCaseSource(nameof(Cases))]
    public void ToRdf(JsonLdTest? test)
    {
        if (test is null)
        {
            Assert.Fail("the toRdf manifest could not be read");
            return;
        }
        var options = new JsonLdOptions
        {
            DocumentLoader = JsonLdManifest.Loader(),
            Base = test.OptionString("base") ?? JsonLdManifest.BaseIri + test.Input,
            ProduceGeneralizedRdf = test.OptionFlag("produceGeneralizedRdf"),
            RdfDirection = test.OptionString("rdfDirection") switch
            {
                "i18n-datatype" => JsonLdRdfDirection.I18nDatatype,
                "compound-literal" => JsonLdRdfDirection.CompoundLiteral,
                _ => JsonLdRdfDirection.None,
            },
        };
        if (test.OptionString("processingMode") is { } mode) options.ProcessingMode = mode;
        if (test.OptionString("expandContext") is { } ec) options.ExpandContext = JsonLdManifest.Read(ec);
        var actual = new Dataset();
        void Run()
        {
            using var input = RdfInput.OpenFile(JsonLdManifest.LocalPath(test.Input));
            new JsonLdReader(options).Read(input, new DelegateSink(q => actual.Add(q)), new RdfReaderOptions { SourceName = test.Input });
        }
        if (test.ExpectErrorCode is { } code)
        {
            var e = Assert.Throws<JsonLdException>(Run)!;
            Assert.That(e.ErrorCode, Is.EqualTo(code), e.Message);
            return;
        }
        Run();
        if (test.Types.Contains("jld:PositiveSyntaxTest") || test.Expect is null) return;
        var expected = Dataset.Parse(JsonLdManifest.Read(test.Expect), RdfFormat.NQuads);
        if (!actual.IsIsomorphicWith(expected))
            Assert.Fail("not isomorphic.\nexpected:\n" + string.Join("\n", expected.Select(q => q.ToString()).Order())
                        + "\nactual:\n" + string.Join("\n", actual.Select(q => q.ToString()).Order()));
    }
}
