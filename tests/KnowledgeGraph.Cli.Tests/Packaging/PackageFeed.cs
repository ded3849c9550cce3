using System.Text.RegularExpressions;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>
/// The packed feed the packaging tests use: <c>KG_PACKAGE_SOURCE</c> (set by <c>.ci/run</c> after <c>dotnet pack</c>).
/// Without it the tests skip (or fail under <c>KG_REQUIRE_ALL=1</c>). Restores go to a private packages folder so
/// a stale copy of the same version in the machine's NuGet cache can never stand in for the package just packed.
/// </summary>
internal static class PackageFeed
{
    private static readonly Lazy<string> s_packagesFolder = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "kg-packaging-tests", $"nuget-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        return dir;
    });

    /// <summary>The feed folder; skips or fails the test when it is not set up.</summary>
    public static string Source
    {
        get
        {
            var source = Environment.GetEnvironmentVariable("KG_PACKAGE_SOURCE");
            bool ok = !string.IsNullOrEmpty(source) && Directory.Exists(source) && Directory.GetFiles(source, "KnowledgeGraph.*.nupkg").Length > 0;
            ExternalTool.Require(ok, "the packed NuGet feed (KG_PACKAGE_SOURCE)",
                "run `dotnet pack KnowledgeGraph.sln -c Release -o artifacts/packages` and set KG_PACKAGE_SOURCE=$PWD/artifacts/packages, as .ci/run does");
            return Path.GetFullPath(source!);
        }
    }

    /// <summary>The path of the <c>.nupkg</c> (or <c>.snupkg</c>) of package <paramref name="id"/>.</summary>
    public static string Package(string id, string extension = ".nupkg")
    {
        var pattern = new Regex("^" + Regex.Escape(id) + @"\.(\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)" + Regex.Escape(extension) + "$");
        var found = Directory.GetFiles(Source).Where(f => pattern.IsMatch(Path.GetFileName(f))).ToList();
        found.Should().ContainSingle($"the feed holds one {id}{extension}");
        return found[0];
    }

    /// <summary>The version of package <paramref name="id"/> in the feed.</summary>
    public static string Version(string id)
    {
        var name = Path.GetFileNameWithoutExtension(Package(id));
        return name[(id.Length + 1)..];
    }

    /// <summary>A private NuGet packages folder for this test run.</summary>
    public static string PackagesFolder => s_packagesFolder.Value;

    /// <summary>The environment for child <c>dotnet</c> processes: private packages folder, no telemetry, and the feed.</summary>
    public static Dictionary<string, string> ChildEnvironment => new()
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["KG_PACKAGE_SOURCE"] = Source,
    };

    /// <summary>Runs <c>dotnet</c> and fails the test with its output when it does not succeed.</summary>
    public static (string Stdout, string Stderr) Dotnet(string workingDirectory, int timeoutMs, params string[] args)
    {
        var (code, stdout, stderr) = ExternalTool.Run("dotnet", args, workingDirectory, timeoutMs, ChildEnvironment);
        code.Should().Be(0, $"`dotnet {string.Join(' ', args)}` should succeed:\n{stdout}\n{stderr}");
        return (stdout, stderr);
    }
}
