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

    [Test]
    public void Reads_a_node_with_a_context()
    {
        var quads = Read("""{"@context": {"name": "http://schema.org/name"}, "@id": "http://ex/a", "name": "Alice"}""");
        quads.Should().ContainSingle().Which.ToString().Should().Be("<http://ex/a> <http://schema.org/name> \"Alice\" .");
    }

    [Test]
    public void An_id_that_looks_like_a_keyword_is_ignored()
    {
        var quads = Read("""{"http://ex/p": {"@id": "@ignoreMe"}}""", baseIri: "http://ex/");
        quads.Should().BeEmpty();
    }
}
