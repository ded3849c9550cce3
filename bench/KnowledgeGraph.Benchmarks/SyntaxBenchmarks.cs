using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Parsing to a counting sink and writing a loaded graph, on the generated 100k-triple files.</summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private string _ntText = "";
    private string _ttlText = "";
    private Graph _graph = new();

    /// <summary>Size of the generated file.</summary>
    [Params("kg-100k")]
    public string Stem { get; set; } = "kg-100k";

    /// <summary>Reads the inputs into memory so disk speed is not measured.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ntText = File.ReadAllText(BenchData.File(Stem, ".nt"));
        _ttlText = File.ReadAllText(BenchData.File(Stem, ".ttl"));
        _graph = Graph.Parse(_ntText, RdfFormat.NTriples);
        _graph.Prefixes.Add("ex", "http://example.org/kg/ontology#");
        _graph.Prefixes.Add("ent", "http://example.org/kg/entity/");
    }

    /// <summary>N-Triples to a counting sink.</summary>
    [Benchmark]
    public int ParseNTriples() => Count(RdfFormat.NTriples, _ntText);

    /// <summary>Turtle to a counting sink.</summary>
    [Benchmark]
    public int ParseTurtle() => Count(RdfFormat.Turtle, _ttlText);

    /// <summary>N-Triples into the indexed store.</summary>
    [Benchmark]
    public int LoadNTriples() => Graph.Parse(_ntText, RdfFormat.NTriples).Count;

    /// <summary>The loaded graph as N-Triples.</summary>
    [Benchmark]
    public int WriteNTriples() => Write(RdfFormat.NTriples);

    /// <summary>The loaded graph as pretty Turtle.</summary>
    [Benchmark]
    public int WriteTurtle() => Write(RdfFormat.Turtle);

    /// <summary>Pretty Turtle from quads that do not come from a store (the writer dictionary-encodes them first).</summary>
    [Benchmark]
    public int WriteTurtleFromQuads()
    {
        var sink = new CountingWriter();
        RdfFormat.Turtle.CreateWriter().Write(_graph.Select(t => new Quad(t)).ToList(), sink, new RdfWriterOptions { Prefixes = _graph.Prefixes });
        return sink.Count;
    }

    private static int Count(RdfFormat format, string text)
    {
        int n = 0;
        format.CreateReader().Read(new StringReader(text), new DelegateSink(_ => n++), new RdfReaderOptions { BaseIri = "http://example.org/base/" });
        return n;
    }

    private int Write(RdfFormat format)
    {
        var sink = new CountingWriter();
        _graph.Write(sink, format);
        return sink.Count;
    }

    private sealed class CountingWriter : TextWriter
    {
        public int Count { get; private set; }
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) => Count++;
        public override void Write(string? value) => Count += value?.Length ?? 0;
        public override void Write(char[] buffer, int index, int count) => Count += count;
        public override void Write(ReadOnlySpan<char> buffer) => Count += buffer.Length;
    }
}
