using KnowledgeGraph.Syntax.JsonLd;
using KnowledgeGraph.TestSupport;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Conformance.JsonLd;

/// <summary>One entry of a JSON-LD test manifest (read with Newtonsoft, as the manifests are JSON-LD).</summary>
public sealed class JsonLdTest
{
    internal JsonLdTest(string manifestIri, JObject entry)
    {
        Entry = entry;
        Id = manifestIri + (string)entry["@id"]!;
        Types = entry["@type"] is JArray a ? a.Select(t => (string)t!).ToList() : new List<string> { (string)entry["@type"]! };
        Input = (string)entry["input"]!;
        Expect = (string?)entry["expect"];
        ExpectErrorCode = (string?)entry["expectErrorCode"];
        Option = entry["option"] as JObject ?? new JObject();
    }

    internal JObject Entry { get; }

    /// <summary>The test IRI.</summary>
    public string Id { get; }

    /// <summary>The <c>@type</c> values (<c>jld:PositiveEvaluationTest</c>, …).</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The input, relative to the suite folder.</summary>
    public string Input { get; }

    /// <summary>The expected output, relative to the suite folder.</summary>
    public string? Expect { get; }

    /// <summary>For negative tests, the expected error code.</summary>
    public string? ExpectErrorCode { get; }

    internal JObject Option { get; }

    internal string? OptionString(string name) => (string?)Option[name];

    internal bool OptionFlag(string name) => Option[name] is { Type: JTokenType.Boolean } b && (bool)b;

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>Reads the JSON-LD manifests and maps the suite's published IRIs onto the local copy.</summary>
internal static class JsonLdManifest
{
    public const string BaseIri = "https://w3c.github.io/json-ld-api/tests/";

    public static string Folder => Path.Combine(Paths.W3c, "json-ld");

    public static string LocalPath(string relative) => Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(LocalPath(relative));

    /// <summary>One NUnit case per <c>sequence</c> entry, named by the test IRI; unreadable manifests give one failing case.</summary>
    public static IEnumerable<TestCaseData> Cases(string manifest, Func<JsonLdTest, string?> skipReason)
    {
        if (!File.Exists(LocalPath(manifest)))
        {
            yield return SharedData.MissingSuiteCase("conformance/w3c/json-ld/" + manifest, "the W3C JSON-LD test suite manifest");
            yield break;
        }
        List<JsonLdTest>? tests = null;
        string? error = null;
        try
        {
            var root = JObject.Parse(File.ReadAllText(LocalPath(manifest)));
            var manifestIri = BaseIri + Path.GetFileNameWithoutExtension(manifest);
            tests = root["sequence"]!.Select(e => new JsonLdTest(manifestIri, (JObject)e)).ToList();
        }
        catch (Exception e)
        {
            error = e.ToString();
        }
        if (tests is null)
        {
            yield return new TestCaseData(null).SetName($"{manifest} could not be read").SetDescription(error ?? "");
            yield break;
        }
        foreach (var t in tests)
        {
            var data = new TestCaseData(t).SetName(t.Id);
            if (skipReason(t) is { } reason) data = data.Ignore(reason);
            yield return data;
        }
    }

    /// <summary>A loader that serves the suite's files under their published IRIs (the suite is never fetched).</summary>
    public static JsonLdDocumentLoader Loader() => new LocalSuiteLoader();

    private sealed class LocalSuiteLoader : JsonLdDocumentLoader
    {
        public override string? Load(string iri)
        {
            if (iri.StartsWith(BaseIri, StringComparison.Ordinal))
            {
                var path = LocalPath(iri[BaseIri.Length..]);
                return File.Exists(path) ? File.ReadAllText(path) : null;
            }
            return base.Load(iri);
        }
    }
}
