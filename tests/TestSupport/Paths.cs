namespace KnowledgeGraph.TestSupport;

/// <summary>Where the repository and the read-only <c>../shared</c> folder are, from a test's point of view.</summary>
internal static class Paths
{
    private static readonly Lazy<string> s_repo = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding KnowledgeGraph.sln).</summary>
    public static string Repo => s_repo.Value;

    /// <summary>The shared folder: <c>KG_SHARED_DIR</c> when set, else <c>../shared</c> beside the repository.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("KG_SHARED_DIR") is { Length: > 0 } d ? d : Path.GetFullPath(Path.Combine(Repo, "..", "shared"));

    /// <summary>The W3C conformance suites.</summary>
    public static string W3c => Path.Combine(Shared, "conformance", "w3c");
}
