using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.JsonLd;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Conformance.JsonLd;

/// <summary>The W3C JSON-LD 1.1 fromRdf suite, driven from <c>json-ld/fromRdf-manifest.jsonld</c>: the writer's
/// expanded form (before compaction) is compared by JSON-LD object comparison.</summary>
[TestFixture]
public sealed class FromRdfTests
{
    private static string? SkipReason(JsonLdTest t)
    {
        if (t.OptionString("specVersion") == "json-ld-1.0")
            return "specVersion json-ld-1.0: the test describes JSON-LD 1.0 behaviour that a 1.1 processor replaces";
        return null;
    }

    private static IEnumerable<TestCaseData> Cases() => JsonLdManifest.Cases("fromRdf-manifest.jsonld", SkipReason);

    [TestCaseSource(nameof(Cases))]
    public void FromRdf(JsonLdTest? test)
    {
        if (test is null)
        {
            Assert.Fail("the fromRdf manifest could not be read");
            return;
        }
        var options = new JsonLdOptions
        {
            UseNativeTypes = test.OptionFlag("useNativeTypes"),
            UseRdfType = test.OptionFlag("useRdfType"),
            RdfDirection = test.OptionString("rdfDirection") switch
            {
                "i18n-datatype" => JsonLdRdfDirection.I18nDatatype,
                "compound-literal" => JsonLdRdfDirection.CompoundLiteral,
                _ => JsonLdRdfDirection.None,
            },
        };
        if (test.OptionString("processingMode") is { } mode) options.ProcessingMode = mode;
        var quads = Dataset.Parse(JsonLdManifest.Read(test.Input), RdfFormat.NQuads).ToList();
        if (test.ExpectErrorCode is { } code)
        {
            var e = Assert.Throws<JsonLdError>(() => RdfToJsonLd.Serialize(quads, options))!;
            Assert.That(e.Code, Is.EqualTo(code), e.Message);
            return;
        }
        var actual = RdfToJsonLd.Serialize(quads, options);
        var expected = JToken.Parse(JsonLdManifest.Read(test.Expect!));
        Assert.That(JsonLdComparison.AreEqual(expected, actual), Is.True,
            () => "expected:\n" + expected.ToString(Formatting.Indented) + "\nactual:\n" + actual.ToString(Formatting.Indented));
    }
}
