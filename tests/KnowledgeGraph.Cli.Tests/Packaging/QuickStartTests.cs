using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>examples/QuickStart, built and run against the packed package (its own nuget.config adds the feed),
/// exactly as a user's project would use it.</summary>
public class QuickStartTests
{
    [Test]
    public void The_quick_start_builds_against_the_package_and_runs()
    {
        var feed = PackageFeed.Source;
        var project = Path.Combine(Paths.Repo, "examples", "QuickStart");
        if (!Directory.Exists(project)) Assert.Ignore("examples/QuickStart is not written yet");
        using var dir = new TempFolder();
        var version = PackageFeed.Version("KnowledgeGraph");
        var (stdout, _) = PackageFeed.Dotnet(project, 600_000, "run", "--project", project,
            "-p:KnowledgeGraphVersion=" + version, "-p:RestoreAdditionalProjectSources=" + feed,
            "--", dir.Path);
        stdout.Should().Contain("QuickStart done");
        foreach (var marker in QuickStartMarkers) stdout.Should().Contain(marker);
        File.Exists(Path.Combine(dir.Path, "quickstart.ttl")).Should().BeTrue();
        File.Exists(Path.Combine(dir.Path, "quickstart.graphml")).Should().BeTrue();
    }

    /// <summary>Lines the program prints when each step worked.</summary>
    private static readonly string[] QuickStartMarkers = ["builder:", "story graph:", "query:", "wrote"];
}
