using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Issue 12's four update workloads in steady state (compiled code, data already loaded and indexed), the same
/// requests as <c>bench/updates/make-updates.py</c> writes, over the generated 100k graph: one INSERT DATA of its
/// triples into an empty dataset, 10,000 single-triple INSERT DATA requests, a DELETE/INSERT WHERE renaming
/// rdfs:label, and seven DELETE WHEREs removing about half the graph. Each invocation gets freshly loaded data.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 2, invocationCount: 1)]
public class UpdateWorkloadBenchmarks
{
    private static readonly string[] s_deletedPredicates =
    [
        "<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
        "<http://example.org/kg/ontology#knows>", "<http://xmlns.com/foaf/0.1/name>",
        "<http://example.org/kg/ontology#nationality>", "<http://example.org/kg/ontology#jobTitle>",
        "<http://example.org/kg/ontology#employs>",
    ];

    private string _ntText = "";
    private string _insertData = "";
    private string[] _singleInserts = [];
    private Dataset _dataset = new();

    /// <summary>Reads the generated graph and writes the requests.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ntText = File.ReadAllText(BenchData.File("kg-100k", ".nt"));
        _insertData = "INSERT DATA {\n" + _ntText + "}\n";
        _singleInserts = Enumerable.Range(0, 10_000)
            .Select(i => $"INSERT DATA {{ <http://example.org/bench/s{i}> <http://example.org/bench/p> \"{i}\" }}")
            .ToArray();
    }

    /// <summary>The workloads on the empty dataset start from a new one.</summary>
    [IterationSetup(Targets = [nameof(InsertData100k), nameof(SingleTripleInserts10k)])]
    public void EmptyDataset() => _dataset = new Dataset();

    /// <summary>The workloads over the graph start from a fresh, indexed copy of it.</summary>
    [IterationSetup(Targets = [nameof(RenameLabel), nameof(DeleteHalf)])]
    public void LoadedDataset()
    {
        _dataset = Dataset.Parse(_ntText, RdfFormat.NTriples);
        _ = _dataset.Count;
    }

    /// <summary>One INSERT DATA of the 100k triples.</summary>
    [Benchmark]
    public int InsertData100k()
    {
        _dataset.Update(_insertData);
        return _dataset.Count;
    }

    /// <summary>10,000 requests of one triple each, each its own transaction.</summary>
    [Benchmark]
    public int SingleTripleInserts10k()
    {
        foreach (var request in _singleInserts) _dataset.Update(request);
        return _dataset.Count;
    }

    /// <summary>DELETE/INSERT WHERE moving every rdfs:label to another predicate.</summary>
    [Benchmark]
    public int RenameLabel()
    {
        _dataset.Update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" +
                        "DELETE { ?s rdfs:label ?o } INSERT { ?s <http://example.org/bench/name> ?o } WHERE { ?s rdfs:label ?o }");
        return _dataset.Count;
    }

    /// <summary>Seven DELETE WHEREs in one request, about half the graph.</summary>
    [Benchmark]
    public int DeleteHalf()
    {
        _dataset.Update(string.Join(" ;\n", s_deletedPredicates.Select(p => $"DELETE WHERE {{ ?s {p} ?o }}")));
        return _dataset.Count;
    }
}
