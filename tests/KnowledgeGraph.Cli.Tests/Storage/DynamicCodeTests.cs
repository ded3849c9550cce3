using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Storage;

/// <summary>
/// kg ships as a Native AOT binary, which cannot generate code at run time. Its build sets PublishAot, which writes
/// the same switch into kg.runtimeconfig.json, so <c>dotnet kg.dll</c> started as a process runs with dynamic code
/// off too: the store commands must work there (the RocksDB binding they used before, RocksDbSharp, did not).
/// </summary>
public class DynamicCodeTests
{
    private const string DynamicCodeSwitch = "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported";

    [Test]
    public void The_kg_process_runs_with_dynamic_code_switched_off()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "kg.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.TryGetProperty(DynamicCodeSwitch, out var value).Should().BeTrue("kg is built with PublishAot");
        value.GetBoolean().Should().BeFalse();
    }

    [Test]
    public void Store_commands_work_without_dynamic_code()
    {
        using var dir = new TempFolder();
        dir.File("people.ttl", "<http://example.org/ada> <http://example.org/name> \"Ada\" .\n");
        var load = KgRunner.RunProcess(dir.Path, "load", "--db", "store", "people.ttl");
        load.ExitCode.Should().Be(0, load.ToString());
        var update = KgRunner.RunProcess(dir.Path, "update", "--db", "store",
            "INSERT DATA { <http://example.org/bob> <http://example.org/name> \"Bob\" }");
        update.ExitCode.Should().Be(0, update.ToString());
        var query = KgRunner.RunProcess(dir.Path, "query", "--db", "store", "--results", "csv",
            "SELECT ?n WHERE { ?s <http://example.org/name> ?n } ORDER BY ?n");
        query.ExitCode.Should().Be(0, query.ToString());
        query.Stdout.Should().Be("n\r\nAda\r\nBob\r\n");
        var stats = KgRunner.RunProcess(dir.Path, "stats", "--db", "store");
        stats.ExitCode.Should().Be(0, stats.ToString());
        stats.Stdout.Should().MatchRegex(@"triples\s+2\n");
    }
}
