using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// The generated benchmark graph (100k triples, <c>../shared/bench/gen-kg.py</c>) bulk-loaded from Turtle into a store
/// on disk: dumped back it is the graph that was loaded, and the 13 benchmark queries give the same rows as in memory.
/// Needs python3 and the shared folder; skipped with the reason without them (failed under KG_REQUIRE_ALL=1).
/// </summary>
public class RocksDbGeneratedGraphTests
{
    private string _folder = null!;
    private TempStore _directory = null!;
    private Dataset _memory = null!;
    private Dataset _disk = null!;

    [OneTimeSetUp]
    public void LoadTheGeneratedGraph()
    {
        ExternalTool.Require(ExternalTool.OnPath("python3"), "python3", "apt-get install python3");
        var script = SharedData.Require("bench/gen-kg.py", "the benchmark graph generator");
        SharedData.Require("bench/queries", "the benchmark queries");
        _folder = Path.Combine(Path.GetTempPath(), "kg-gen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var (code, _, stderr) = ExternalTool.Run("python3", [script, "--triples", "100k", "--out", Path.Combine(_folder, "kg-100k")]);
        code.Should().Be(0, stderr);
        var turtle = Path.Combine(_folder, "kg-100k.ttl");
        _memory = Dataset.Load(turtle);
        _directory = new TempStore();
        // 8 MiB: the loader spills several sorted runs and ingests them in one step.
        using (var store = _directory.Open(new RocksDbStoreOptions { SyncCommits = false, BulkLoadMemoryBytes = 8 << 20 }))
            store.LoadFile(turtle).Should().Be(100_000);
        _disk = RocksDbStore.OpenDataset(_directory.Directory, new RocksDbStoreOptions { ReadOnly = true });
    }

    [OneTimeTearDown]
    public void Delete()
    {
        _disk?.Dispose();
        _directory?.Dispose();
        if (_folder is not null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [TestCase("nquads")]
    [TestCase("trig")]
    public void Dumped_back_it_is_the_graph_that_was_loaded(string format)
    {
        var rdf = RdfFormat.FromName(format)!;
        var text = new StringWriter();
        _disk.Write(text, rdf);
        var actual = Dataset.Parse(text.ToString(), rdf);
        actual.Count.Should().Be(100_000);
        actual.IsIsomorphicWith(_memory).Should().BeTrue();
    }

    [TestCaseSource(nameof(Queries))]
    public void A_benchmark_query_gives_the_same_rows_on_disk_as_in_memory(string file)
    {
        var query = File.ReadAllText(file);
        var inMemory = _memory.Query(query);
        var onDisk = _disk.Query(query);
        onDisk.Kind.Should().Be(inMemory.Kind);
        if (inMemory.Kind == SparqlResultKind.Graph)
        {
            onDisk.Graph.Count.Should().Be(inMemory.Graph.Count);
            onDisk.Graph.IsIsomorphicWith(inMemory.Graph).Should().BeTrue();
            return;
        }
        var expected = Rows(inMemory);
        expected.Should().NotBeEmpty("every benchmark query has answers on this graph");
        Rows(onDisk).Should().Equal(expected);
    }

    private static IEnumerable<TestCaseData> Queries()
    {
        var folder = SharedData.PathOf("bench/queries");
        if (!Directory.Exists(folder))
        {
            yield return SharedData.MissingSuiteCase("bench/queries", "the benchmark queries", "missing");
            yield break;
        }
        foreach (var file in Directory.GetFiles(folder, "*.rq").Order(StringComparer.Ordinal))
            yield return new TestCaseData(file).SetName($"BenchmarkQuery({Path.GetFileNameWithoutExtension(file)})");
    }

    /// <summary>The rows as text, sorted unless the query orders them; blank nodes all read "_:" since the bulk loader
    /// gives them labels of its own.</summary>
    private static List<string> Rows(SparqlResult result)
    {
        var variables = result.ResultSet.Variables;
        var rows = result.ResultSet.Select(row => string.Join(" | ", variables.Select(v => row[v] switch
        {
            null => "UNDEF",
            BlankNode => "_:",
            var term => term.ToString(),
        }))).ToList();
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
