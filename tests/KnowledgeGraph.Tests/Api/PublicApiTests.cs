using System.Reflection;
using System.Text;
using KnowledgeGraph.TestSupport;
using PublicApiGenerator;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// The public API is deliberate: this test prints every public type and member of a shipped assembly and compares
/// it with <c>Api/NAME.approved.txt</c>. A change fails the test with a diff and the command that accepts it, so a
/// new public member is always a reviewed line in a commit, never an accident.
/// </summary>
public class PublicApiTests
{
    /// <summary>Set to 1 to write the current API over the approved baseline instead of failing.</summary>
    private const string AcceptVariable = "KG_ACCEPT_API";

    private static IEnumerable<TestCaseData> Assemblies()
    {
        // One baseline per shipped library package.
        yield return new TestCaseData(typeof(KnowledgeGraph.Graph).Assembly).SetName("PublicApi(KnowledgeGraph)");
        yield return new TestCaseData(typeof(KnowledgeGraph.Server.SparqlServer).Assembly).SetName("PublicApi(KnowledgeGraph.Server)");
        yield return new TestCaseData(typeof(KnowledgeGraph.Analysis.GraphProjection).Assembly).SetName("PublicApi(KnowledgeGraph.Analysis)");
        yield return new TestCaseData(typeof(KnowledgeGraph.Domain.DecouplingGraph).Assembly).SetName("PublicApi(KnowledgeGraph.Decoupling)");
        yield return new TestCaseData(typeof(KnowledgeGraph.Interactive.KnowledgeGraphFormatters).Assembly).SetName("PublicApi(KnowledgeGraph.Interactive)");
        yield return new TestCaseData(typeof(KnowledgeGraph.RocksDb.RocksDbStore).Assembly).SetName("PublicApi(KnowledgeGraph.RocksDb)");
    }

    [TestCaseSource(nameof(Assemblies))]
    public void PublicApi(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var actual = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        }));
        var folder = Path.Combine(Paths.Repo, "tests", "KnowledgeGraph.Tests", "Api");
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";

        if (actual == approved)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedPath, actual);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            Assert.Warn($"{AcceptVariable}=1: the public API of {name} was written to {approvedPath}. Review and commit it.");
            return;
        }
        File.WriteAllText(receivedPath, actual);
        var rel = Path.GetRelativePath(Paths.Repo, folder);
        Assert.Fail(
            $"The public API of {name} changed ({(File.Exists(approvedPath) ? "differences below" : "no baseline yet")}).\n" +
            "If the change is intended, accept it with either of:\n" +
            $"    cp {rel}/{name}.received.txt {rel}/{name}.approved.txt\n" +
            $"    {AcceptVariable}=1 dotnet test tests/KnowledgeGraph.Tests --filter FullyQualifiedName~PublicApiTests\n" +
            "and commit the .approved.txt file. Remember: types are internal unless users need them.\n\n" +
            LineDiff.Unified(approved, actual, approvedPath, receivedPath));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";
}

/// <summary>A small line diff (longest common subsequence) printed with "-" for approved-only and "+" for new lines,
/// with two lines of context around each change.</summary>
internal static class LineDiff
{
    public static string Unified(string before, string after, string beforeName, string afterName, int context = 2)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var lines = new List<(char Op, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) lines.Add(('+', b[y++]));
            else lines.Add(('-', a[x++]));
        }
        var sb = new StringBuilder($"--- {beforeName}\n+++ {afterName}\n");
        const int MaxLines = 300;
        int printed = 0;
        int last = -1;
        for (int k = 0; k < lines.Count; k++)
        {
            if (lines[k].Op == ' ') continue;
            int from = Math.Max(last + 1, k - context);
            if (from > last + 1 && last >= 0) sb.Append("...\n");
            int to = k;
            while (to + 1 < lines.Count && (lines[to + 1].Op != ' ' || NextChangeWithin(lines, to + 1, context))) to++;
            to = Math.Min(lines.Count - 1, to + context);
            for (int m = from; m <= to; m++)
            {
                if (++printed > MaxLines)
                    return sb.Append($"... (diff cut at {MaxLines} lines; compare the two files for the rest)\n").ToString();
                sb.Append(lines[m].Op).Append(lines[m].Text).Append('\n');
            }
            last = to;
            k = to;
        }
        return sb.ToString();
    }

    private static bool NextChangeWithin(List<(char Op, string Text)> lines, int start, int context)
    {
        for (int i = start; i < lines.Count && i <= start + 2 * context; i++)
            if (lines[i].Op != ' ') return true;
        return false;
    }
}
