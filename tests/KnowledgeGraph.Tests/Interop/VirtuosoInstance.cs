using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Interop;

/// <summary>
/// A real Virtuoso 7.2 (Debian's <c>virtuoso-opensource</c>, installed by <c>.ci/install-deps.sh</c>) started for the
/// tests with its own database directory and free loopback ports, from the package's virtuoso.ini with paths and
/// ports replaced. The anonymous SPARQL user is granted SPARQL_UPDATE so the protocol and Graph Store tests can
/// write. Killed and its directory deleted on dispose. Skips (or fails under KG_REQUIRE_ALL=1) without Virtuoso.
/// </summary>
internal sealed class VirtuosoInstance : IDisposable
{
    private const string PackagedIni = "/etc/virtuoso-opensource-7/virtuoso.ini";
    private readonly Process _process;
    private readonly string _directory;

    private VirtuosoInstance(Process process, string directory, int httpPort)
    {
        _process = process;
        _directory = directory;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/");
    }

    public Uri BaseAddress { get; }

    public Uri SparqlEndpoint => new(BaseAddress, "sparql");

    public Uri GraphStoreEndpoint => new(BaseAddress, "sparql-graph-crud");

    public static VirtuosoInstance Start()
    {
        ExternalTool.Require(ExternalTool.OnPath("virtuoso-t") && ExternalTool.OnPath("isql-vt") && File.Exists(PackagedIni),
            "Virtuoso 7.2 (virtuoso-t, isql-vt)", "apt-get install virtuoso-opensource, as .ci/install-deps.sh does");
        var directory = Path.Combine(Path.GetTempPath(), "kg-virtuoso-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        int sqlPort = FreePort(), httpPort = FreePort();
        var ini = File.ReadAllText(PackagedIni).Replace("/var/lib/virtuoso-opensource-7/db", directory);
        ini = Regex.Replace(ini, @"(?m)^ServerPort(\s*)=\s*1111\b.*$", $"ServerPort$1= 127.0.0.1:{sqlPort}");
        ini = Regex.Replace(ini, @"(?m)^ServerPort(\s*)=\s*8890\b.*$", $"ServerPort$1= 127.0.0.1:{httpPort}");
        ini = Regex.Replace(ini, @"(?m)^ResultSetMaxRows(\s*)=.*$", "ResultSetMaxRows$1= 2000000");
        ini = Regex.Replace(ini, @"(?m)^DirsAllowed(\s*)=\s*\.,", $"DirsAllowed$1= ., {directory},");
        File.WriteAllText(Path.Combine(directory, "virtuoso.ini"), ini);
        var psi = new ProcessStartInfo("virtuoso-t") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-f", "-c", Path.Combine(directory, "virtuoso.ini") }) psi.ArgumentList.Add(a);
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new VirtuosoInstance(process, directory, httpPort);
        try
        {
            instance.WaitUntilReady();
            var grant = ExternalTool.Run("isql-vt", [$"127.0.0.1:{sqlPort}", "dba", "dba",
                "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"], directory, 60_000);
            if (grant.ExitCode != 0) throw new InvalidOperationException("isql-vt could not grant SPARQL_UPDATE: " + grant.Stdout + grant.Stderr);
            return instance;
        }
        catch
        {
            instance.Dispose();
            throw;
        }
    }

    private void WaitUntilReady()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("virtuoso-t exited: " + Log());
            try
            {
                var response = http.GetAsync(SparqlEndpoint + "?query=ASK%7B%7D").Result;
                if (response.IsSuccessStatusCode) return;
            }
            catch (AggregateException)
            {
            }
            Thread.Sleep(200);
        }
        throw new TimeoutException("Virtuoso did not come up within two minutes: " + Log());
    }

    private string Log()
    {
        var log = Path.Combine(_directory, "virtuoso.log");
        return File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(20)) : "(no log)";
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }
}
