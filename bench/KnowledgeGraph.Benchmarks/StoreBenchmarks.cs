using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Pattern lookups on the indexed store.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private Graph _graph = new();
    private NamedNode _type = Vocab.Rdf.Type;
    private Term _someSubject = Vocab.Rdf.Nil;

    /// <summary>Loads the generated 100k-triple graph.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = Graph.Load(BenchData.File("kg-100k", ".nt"));
        _someSubject = _graph.Match(null, _type).Skip(500).First().Subject;
    }

    /// <summary>All rdf:type triples (a POS range).</summary>
    [Benchmark]
    public int ScanByPredicate() => _graph.CountMatches(null, _type);

    /// <summary>One subject's triples, decoded to terms.</summary>
    [Benchmark]
    public int SubjectLookup() => _graph.Match(_someSubject).Count();
}
