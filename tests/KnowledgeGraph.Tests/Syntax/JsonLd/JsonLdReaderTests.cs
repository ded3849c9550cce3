using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.JsonLd;

namespace KnowledgeGraph.Tests.Syntax.JsonLd;

public sealed class JsonLdReaderTests
{
    internal static List<Quad> Read(string json, JsonLdOptions? options = null, string? baseIri = null)
    {
        var quads = new List<Quad>();
        new JsonLdReader(options ?? new JsonLdOptions()).Read(new StringReader(json), new DelegateSink(quads.Add), new RdfReaderOptions { BaseIri = baseIri, SourceName = "test.jsonld" });
        return quads;
    }

    private static JsonLdException Fails(string json, JsonLdOptions? options = null)
    {
        var act = () => Read(json, options);
        return act.Should().Throw<JsonLdException>().Which;
    }

    [Test]
    public void Reads_a_node_with_a_context()
    {
        var quads = Read("""{"@context": {"name": "http://schema.org/name"}, "@id": "http://ex/a", "name": "Alice"}""");
        quads.Should().ContainSingle().Which.ToString().Should().Be("<http://ex/a> <http://schema.org/name> \"Alice\" .");
    }

    [Test]
    public void Coerces_types_resolves_against_the_base_and_builds_lists()
    {
        var quads = Read("""
            {
              "@context": {"@vocab": "http://ex/", "born": {"@type": "http://www.w3.org/2001/XMLSchema#date"},
                           "knows": {"@type": "@id"}, "steps": {"@container": "@list"}},
              "@id": "alice", "born": "1990-01-02", "knows": "bob", "steps": [1, true]
            }
            """, baseIri: "http://data/");
        var text = quads.Select(q => q.ToString()).ToList();
        text.Should().Contain("<http://data/alice> <http://ex/born> \"1990-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> .");
        text.Should().Contain("<http://data/alice> <http://ex/knows> <http://data/bob> .");
        quads.Count(q => q.Predicate.Equals(Vocab.Rdf.First)).Should().Be(2);
        text.Should().Contain(t => t.Contains("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
    }

    [Test]
    public void Named_graphs_and_language_maps()
    {
        var quads = Read("""
            {"@context": {"label": {"@id": "http://ex/label", "@container": "@language"}},
             "@id": "http://ex/g", "@graph": [{"@id": "http://ex/a", "label": {"en": "Hello", "fr": "Bonjour"}}]}
            """);
        quads.Should().HaveCount(2).And.OnlyContain(q => q.Graph!.Equals(NamedNode.Create("http://ex/g")));
        quads.Select(q => ((Literal)q.Object).Language).Should().BeEquivalentTo(new[] { "en", "fr" });
    }

    [Test]
    public void An_id_that_looks_like_a_keyword_is_ignored()
    {
        Read("""{"http://ex/p": {"@id": "@ignoreMe"}}""", baseIri: "http://ex/").Should().BeEmpty();
    }

    [Test]
    public void Errors_carry_the_spec_error_code_and_the_position()
    {
        var e = Fails("{\n  \"@id\": 5\n}");
        e.ErrorCode.Should().Be("invalid @id value");
        e.Line.Should().Be(2);
        e.SourceName.Should().Be("test.jsonld");
    }

    [Test]
    public void Malformed_json_is_a_positioned_syntax_error()
    {
        var e = Fails("{\"a\": [1, 2,, }");
        e.Line.Should().Be(1);
        e.Column.Should().BeGreaterThan(1);
    }

    [Test]
    public void Remote_contexts_are_never_fetched()
    {
        var e = Fails("""{"@context": "http://example.org/context.jsonld", "name": "x"}""");
        e.ErrorCode.Should().Be("loading remote context failed");
        e.Message.Should().Contain("http://example.org/context.jsonld").And.Contain("Register");
    }

    [Test]
    public void Registered_contexts_are_served_by_the_document_loader()
    {
        var loader = new JsonLdDocumentLoader();
        loader.Register("http://example.org/context.jsonld", """{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}""");
        var quads = Read("""{"@context": "http://example.org/context.jsonld", "@id": "http://ex/a", "name": "x"}""", new JsonLdOptions { DocumentLoader = loader });
        quads.Should().ContainSingle().Which.Predicate.Value.Should().Be("http://xmlns.com/foaf/0.1/name");
    }

    [TestCase("http://schema.org/")]
    [TestCase("https://schema.org")]
    [TestCase("https://schema.org/docs/jsonldcontext.json")]
    public void The_schema_org_context_is_bundled(string iri)
    {
        var quads = Read($$"""{"@context": "{{iri}}", "@type": "Person", "@id": "http://ex/a", "name": "Ada", "url": "http://ada.example/"}""");
        var text = quads.Select(q => q.ToString()).ToList();
        text.Should().Contain("<http://ex/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .");
        text.Should().Contain("<http://ex/a> <http://schema.org/name> \"Ada\" .");
        text.Should().Contain("<http://ex/a> <http://schema.org/url> <http://ada.example/> .");
    }

    [Test]
    public void A_context_that_includes_itself_is_a_context_overflow()
    {
        var loader = new JsonLdDocumentLoader();
        loader.Register("http://ex/a.jsonld", """{"@context": ["http://ex/b.jsonld", {"x": "http://ex/x"}]}""");
        loader.Register("http://ex/b.jsonld", """{"@context": "http://ex/a.jsonld"}""");
        Fails("""{"@context": "http://ex/a.jsonld", "x": 1}""", new JsonLdOptions { DocumentLoader = loader }).ErrorCode.Should().Be("context overflow");
    }

    [Test]
    public void Deeply_nested_arrays_are_an_error_not_a_stack_overflow()
    {
        var json = new string('[', 200_000) + new string(']', 200_000);
        Fails(json).Message.Should().Contain("nested");
    }

    [Test]
    public void Deeply_nested_objects_are_an_error_not_a_stack_overflow()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 50_000; i++) sb.Append("{\"http://ex/p\":");
        sb.Append('1').Append('}', 50_000);
        Fails(sb.ToString()).Message.Should().Contain("nested");
    }

    [Test]
    public void Nesting_within_the_limit_is_processed()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 300; i++) sb.Append("{\"http://ex/p\":");
        sb.Append('1').Append('}', 300);
        Read(sb.ToString()).Should().HaveCount(300);
    }

    [Test]
    public void Huge_arrays_are_read_in_linear_time()
    {
        var items = string.Join(",", Enumerable.Range(0, 100_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Read($$"""{"@id": "http://ex/a", "http://ex/p": [{{items}}]}""").Should().HaveCount(100_000);
    }

    [Test]
    public void Json_literals_are_canonicalised()
    {
        var quads = Read("""{"@id": "http://ex/a", "http://ex/p": {"@type": "@json", "@value": {"b": [1.0, 1e30, "x"], "a": null}}}""");
        var literal = (Literal)quads.Single().Object;
        literal.Datatype.Should().Be(Vocab.Rdf.Json);
        literal.LexicalForm.Should().Be("""{"a":null,"b":[1,1e+30,"x"]}""");
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new JsonLdReader().Read(new StringReader("""{"http://ex/p": 1}"""), new DelegateSink(_ => { }), null, cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
