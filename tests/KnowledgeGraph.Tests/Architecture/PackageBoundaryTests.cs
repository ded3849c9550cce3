using System.Reflection;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Tests.Architecture;

/// <summary>
/// The packages meet only through public API: a shipped assembly opens its internals to test-like assemblies
/// alone, never to another package or to the kg tool (which can therefore see nothing but public members).
/// </summary>
public class PackageBoundaryTests
{
    /// <summary>The assemblies that may see internals: the test projects and the benchmarks (a test-like project under bench/).</summary>
    private static readonly string[] TestAssemblies =
        ["KnowledgeGraph.Tests", "KnowledgeGraph.Conformance", "KnowledgeGraph.Cli.Tests", "KnowledgeGraph.Benchmarks"];

    private static IEnumerable<TestCaseData> Packages()
    {
        yield return new TestCaseData(typeof(KnowledgeGraph.Model.Term).Assembly).SetName("Internals(KnowledgeGraph)");
        yield return new TestCaseData(typeof(KnowledgeGraph.Analysis.GraphProjection).Assembly).SetName("Internals(KnowledgeGraph.Analysis)");
        yield return new TestCaseData(typeof(KnowledgeGraph.Domain.DecouplingGraph).Assembly).SetName("Internals(KnowledgeGraph.Decoupling)");
        yield return new TestCaseData(typeof(KnowledgeGraph.Interactive.KnowledgeGraphFormatters).Assembly).SetName("Internals(KnowledgeGraph.Interactive)");
        yield return new TestCaseData(typeof(KnowledgeGraph.RocksDb.RocksDbStore).Assembly).SetName("Internals(KnowledgeGraph.RocksDb)");
    }

    [TestCaseSource(nameof(Packages))]
    public void Internals_are_visible_to_test_assemblies_only(Assembly package)
    {
        var friends = package.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim());
        friends.Should().BeSubsetOf(TestAssemblies, $"{package.GetName().Name} is used through its public API only");
    }

    [Test]
    public void The_core_references_no_other_package()
    {
        var core = typeof(KnowledgeGraph.Model.Term).Assembly;
        core.GetReferencedAssemblies().Select(a => a.Name).Where(n => n!.StartsWith("KnowledgeGraph", StringComparison.Ordinal) || n is "QuikGraph" or "RocksDbSharp")
            .Should().BeEmpty("the core depends on Newtonsoft.Json alone");
    }

    [Test]
    public void The_store_binds_rocksdb_itself()
    {
        var store = typeof(KnowledgeGraph.RocksDb.RocksDbStore).Assembly;
        store.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain("RocksDbSharp",
            "RocksDbSharp generates its native calls with Reflection.Emit, which the Native AOT kg cannot run");
    }
}
