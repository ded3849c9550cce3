using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Syntax;

/// <summary>Small helpers shared by the syntax tests.</summary>
internal static class SyntaxTestHelpers
{
    public static List<Quad> Read(RdfFormat format, string text, RdfReaderOptions? options = null, CancellationToken token = default)
    {
        var quads = new List<Quad>();
        format.CreateReader().Read(new StringReader(text), new DelegateSink(quads.Add), options ?? new RdfReaderOptions { SourceName = "test.ttl" }, token);
        return quads;
    }

    public static List<Quad> ReadBytes(RdfFormat format, byte[] bytes)
    {
        var quads = new List<Quad>();
        using var reader = RdfInput.OpenStream(new MemoryStream(bytes));
        format.CreateReader().Read(reader, new DelegateSink(quads.Add), new RdfReaderOptions { SourceName = "bytes.ttl" });
        return quads;
    }

    public static RdfSyntaxException ReadFails(RdfFormat format, string text, RdfReaderOptions? options = null)
    {
        var act = () => Read(format, text, options);
        return act.Should().Throw<RdfSyntaxException>().Which;
    }

    public static string Write(RdfFormat format, IEnumerable<Quad> quads, PrefixMap? prefixes = null, RdfWriterOptions? options = null)
    {
        var sw = new StringWriter { NewLine = "\n" };
        options ??= new RdfWriterOptions();
        options.Prefixes ??= prefixes;
        format.CreateWriter().Write(quads, sw, options);
        return sw.ToString();
    }

    public static NamedNode Iri(string local) => NamedNode.Create("http://example.org/" + local);

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
