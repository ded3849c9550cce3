using System.Diagnostics;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// Tests that need a tool outside .NET (xmllint, python3 with networkx, graphviz, …) call <see cref="Require"/>: under
/// plain <c>dotnet test</c> a missing tool skips the test with the reason; with <c>KG_REQUIRE_ALL=1</c> (set by
/// <c>.ci/run</c>) it fails it instead.
/// </summary>
internal static class ExternalTool
{
    public static bool RequireAll => Environment.GetEnvironmentVariable("KG_REQUIRE_ALL") == "1";

    /// <summary>Skips or fails the current test when <paramref name="available"/> is false.</summary>
    public static void Require(bool available, string what, string howToInstall)
    {
        if (available) return;
        var message = $"{what} is not available ({howToInstall}).";
        if (RequireAll) Assert.Fail(message + " KG_REQUIRE_ALL=1 is set, so this is a failure.");
        Assert.Ignore(message);
    }

    /// <summary>True when <paramref name="command"/> is an executable on PATH (or an existing path).</summary>
    public static bool OnPath(string command)
    {
        if (command.Contains('/')) return File.Exists(command);
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, command)));
    }

    /// <summary>Runs a process to completion and returns its exit code and output.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string fileName, IEnumerable<string> args, string? workingDirectory = null, int timeoutMs = 300_000, IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeoutMs} ms.");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
