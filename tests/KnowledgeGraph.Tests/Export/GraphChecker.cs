using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Export;

/// <summary>Runs <c>../shared/formats/check-graph-export.sh</c> (xmllint + networkx + igraph + graphology) on a file.</summary>
internal static class GraphChecker
{
    private static string TempDir => Path.Combine(Path.GetTempPath(), "kg-export-tests");

    private static string Script => Path.Combine(Paths.Shared, "formats", "check-graph-export.sh");

    /// <summary>Passes when the checker passes; skips (or fails under KG_REQUIRE_ALL=1) when a prerequisite is missing.</summary>
    public static string Check(string file)
    {
        SharedData.Require("formats/check-graph-export.sh", "the graph export checker");
        ExternalTool.Require(ExternalTool.OnPath("bash"), "bash", "apt-get install -y bash");
        var (code, stdout, stderr) = ExternalTool.Run("bash", new[] { Script, file });
        var output = stdout + stderr;
        if (code == 3) ExternalTool.Require(false, "a prerequisite of check-graph-export.sh", "bash .ci/install-deps.sh; checker said:\n" + output);
        code.Should().Be(0, "check-graph-export.sh must pass for {0}:\n{1}", file, output);
        if (file.StartsWith(TempDir, StringComparison.Ordinal)) File.Delete(file);
        return output;
    }

    /// <summary>Writes an export to a temporary file with the given extension and returns its path.</summary>
    public static string WriteTemp(string text, string extension)
    {
        var dir = TempDir;
        Directory.CreateDirectory(dir);
        var name = System.Text.RegularExpressions.Regex.Replace(TestContext.CurrentContext.Test.Name, "[^A-Za-z0-9_.-]", "_");
        if (name.Length > 80) name = name[..80];
        var path = Path.Combine(dir, name + "-" + Guid.NewGuid().ToString("N")[..8] + extension);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }
}
