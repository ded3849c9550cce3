using KnowledgeGraph.Sparql.Results;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Conformance.Http;

/// <summary>
/// Runs the HTTP exchanges a protocol manifest describes (<c>ht:requests</c>, W3C HTTP-in-RDF vocabulary) against a
/// server, request by request, checking each response's status, content type, boolean, result kind and graph as the
/// manifest expects. Paths <c>/sparql/…</c> and <c>/gsp…</c> are mapped to the server's <c>/sparql</c> and
/// <c>/store</c>; <c>$LOCATION$</c> templates take the Location of an earlier response.
/// </summary>
internal static class HttpExchangeTest
{
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Cnt = "http://www.w3.org/2011/content#";
    private const string Hts = "http://www.w3.org/2011/http-statusCodes#";
    private const string Mf = ManifestTest.Mf;

    private static readonly Dictionary<string, int> NamedStatuses = new()
    {
        ["OK"] = 200, ["Created"] = 201, ["NoContent"] = 204, ["NotFound"] = 404, ["BadRequest"] = 400,
    };

    public static async Task RunAsync(ManifestTest test, Uri baseAddress)
    {
        var action = test.Action ?? throw new InvalidOperationException("The test has no mf:action.");
        var authority = test.Literal(Ht + "connectionAuthority", action);
        var requests = W3cManifests.ReadList(test.Manifest, test.Object(Ht + "requests", action)!).ToList();
        var templates = new Dictionary<string, string>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        int step = 0;
        foreach (var request in requests)
        {
            step++;
            var method = test.Literal(Ht + "methodName", request)!;
            var path = Fill(test.Literal(Ht + "absolutePath", request)!, templates);
            path = path.StartsWith("/sparql/", StringComparison.Ordinal) ? "/sparql" + path["/sparql/".Length..]
                : path.StartsWith("/gsp", StringComparison.Ordinal) ? "/store" + path["/gsp".Length..]
                : path;
            using var message = new HttpRequestMessage(new HttpMethod(method), new Uri(baseAddress, path));
            if (authority is not null) message.Headers.Host = authority;
            string? contentType = null;
            foreach (var (name, value) in Headers(test, request))
            {
                if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase)) contentType = Fill(value, templates);
                else message.Headers.TryAddWithoutValidation(name, Fill(value, templates));
            }
            var body = test.Object(Ht + "body", request) is { } b ? test.Literal(Cnt + "chars", b) : null;
            if (body is not null)
            {
                message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Fill(body, templates)));
                if (contentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
            using var response = await http.SendAsync(message);
            var responseBody = await response.Content.ReadAsStringAsync();
            var context = $"request {step} ({method} {path}) answered {(int)response.StatusCode}: {Truncate(responseBody)}";
            var expected = test.Object(Ht + "resp", request)!;
            CheckStatus(test, expected, (int)response.StatusCode, context);
            if (test.Literal(Mf + "expectedLocation", expected) is { } template)
            {
                Assert.That(response.Headers.Location, Is.Not.Null, "no Location header; " + context);
                templates[template] = response.Headers.Location!.ToString();
            }
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            CheckFormat(test, expected, mediaType, responseBody, context);
            foreach (var (name, value) in Headers(test, expected))
                if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
                    Assert.That(mediaType, Is.EqualTo(MediaTypeHeaderValue.Parse(value).MediaType), context);
            if (test.Object(Ht + "body", expected) is { } expectedBody)
            {
                var format = RdfFormat.FromName(mediaType ?? "") ?? RdfFormat.Turtle;
                var want = Graph.Parse(test.Literal(Cnt + "chars", expectedBody)!, RdfFormat.Turtle, "http://www.example/");
                var got = Graph.Parse(responseBody, format, "http://www.example/");
                Assert.That(got.IsIsomorphicWith(want), Is.True, "the graph differs from the expected one; " + context);
            }
        }
    }

    private static void CheckStatus(ManifestTest test, Term expected, int status, string context)
    {
        var allowed = test.Objects(Mf + "expectedStatus", expected).OfType<NamedNode>().Select(n => n.Value[Hts.Length..]).ToList();
        if (allowed.Count == 0) return;
        bool ok = allowed.Any(a => a.StartsWith("StatusCode", StringComparison.Ordinal) && a.EndsWith("xx", StringComparison.Ordinal)
            ? status / 100 == a["StatusCode".Length] - '0'
            : NamedStatuses.TryGetValue(a, out int code) && code == status);
        Assert.That(ok, Is.True, $"expected {string.Join(" or ", allowed)}; {context}");
    }

    private static void CheckFormat(ManifestTest test, Term expected, string? mediaType, string body, string context)
    {
        var kind = test.Literal(Mf + "expectedFormat", expected);
        var boolean = test.Object(Mf + "expectedBoolean", expected) as Literal;
        if (kind is null && boolean is null) return;
        if (kind == "RDF")
        {
            var format = RdfFormat.FromName(mediaType ?? "");
            Assert.That(format, Is.Not.Null, "an RDF media type was expected; " + context);
            Assert.DoesNotThrow(() => Graph.Parse(body, format!, "http://www.example/"), context);
            return;
        }
        Assert.That(SparqlResultsFormats.TryParseMediaType(mediaType, out var resultsFormat), Is.True, "a results media type was expected; " + context);
        var result = SparqlResultsReader.Parse(body, resultsFormat);
        if (kind == "tabular") Assert.That(result.Kind, Is.EqualTo(SparqlResultKind.Bindings), context);
        if (kind == "boolean" || boolean is not null) Assert.That(result.Kind, Is.EqualTo(SparqlResultKind.Boolean), context);
        if (boolean is not null) Assert.That(result.Boolean, Is.EqualTo(boolean.LexicalForm == "true"), context);
    }

    private static IEnumerable<(string Name, string Value)> Headers(ManifestTest test, Term node)
    {
        if (test.Object(Ht + "headers", node) is not { } list) yield break;
        foreach (var header in W3cManifests.ReadList(test.Manifest, list))
            yield return (test.Literal(Ht + "fieldName", header)!, test.Literal(Ht + "fieldValue", header)!);
    }

    private static string Fill(string text, Dictionary<string, string> templates)
    {
        foreach (var (key, value) in templates) text = text.Replace(key, value, StringComparison.Ordinal);
        return text;
    }

    private static string Truncate(string s) => s.Length <= 300 ? s : s[..300] + "…";
}
