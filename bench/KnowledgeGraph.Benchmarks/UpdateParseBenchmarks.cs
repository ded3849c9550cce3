using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Issue 12: parsing one <c>INSERT DATA</c> request holding the generated 100k-triple graph, against parsing the same
/// statements as N-Triples and Turtle: per triple, the update parser should cost about what the Turtle parser does.
/// </summary>
[MemoryDiagnoser]
public class UpdateParseBenchmarks
{
    private string _ntText = "";
    private string _insertData = "";
    private string _insertDataPrefixed = "";

    /// <summary>Builds the requests from the generated file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ntText = File.ReadAllText(BenchData.File("kg-100k", ".nt"));
        _insertData = "INSERT DATA {\n" + _ntText + "}\n";
        // The same data written as people write updates: prefixed names where the local name allows it.
        var local = new Regex("<http://example\\.org/kg/(ontology#|entity/)([A-Za-z_][A-Za-z0-9_]*)>", RegexOptions.CultureInvariant);
        _insertDataPrefixed = "PREFIX ex: <http://example.org/kg/ontology#>\nPREFIX ent: <http://example.org/kg/entity/>\nINSERT DATA {\n"
            + local.Replace(_ntText, m => (m.Groups[1].Value == "entity/" ? "ent:" : "ex:") + m.Groups[2].Value) + "}\n";
    }

    /// <summary>The statements as N-Triples, to a counting sink.</summary>
    [Benchmark(Baseline = true)]
    public int ParseNTriples()
    {
        int n = 0;
        RdfFormat.NTriples.CreateReader().Read(new StringReader(_ntText), new DelegateSink(_ => n++));
        return n;
    }

    /// <summary>The same statements in one INSERT DATA request (full IRIs).</summary>
    [Benchmark]
    public SparqlUpdate ParseInsertData() => SparqlUpdate.Parse(_insertData);

    /// <summary>The same statements in one INSERT DATA request with prefixed names.</summary>
    [Benchmark]
    public SparqlUpdate ParseInsertDataPrefixed() => SparqlUpdate.Parse(_insertDataPrefixed);
}
