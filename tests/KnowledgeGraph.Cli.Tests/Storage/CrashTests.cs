using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;

namespace KnowledgeGraph.Cli.Tests.Storage;

/// <summary>
/// Crash safety, tested rather than assumed: <c>kg load</c> runs as its own process over many files (one transaction
/// each, some large enough to be spilled in several sorted runs) and is killed with SIGKILL at a random moment, many
/// times over. After each kill the store is reopened and every transaction checked: each file's triples are all there
/// or none is, every file kg reported as loaded is there, and within a run the loaded files are a prefix of the list.
/// The seed is printed with every failure, so a failing sequence of kill times can be replayed.
/// </summary>
public partial class CrashTests
{
    private const int Rounds = 10;
    private const int FilesPerRound = 6;
    private const int SmallFile = 1_500;
    private const int LargeFile = 20_000;

    [Test]
    public void Killing_kg_load_at_random_points_keeps_every_committed_file_and_no_part_of_any_other()
    {
        int seed = Environment.TickCount;
        var random = new Random(seed);
        using var dir = new TempFolder();
        var store = Path.Combine(dir.Path, "store");
        var sizes = new Dictionary<int, int>();
        var reported = new HashSet<int>();
        int killed = 0, next = 0;
        TimeSpan fullRun = TimeSpan.Zero;
        for (int round = 0; round < Rounds; round++)
        {
            var files = new List<int>();
            for (int f = 0; f < FilesPerRound; f++, next++)
            {
                sizes[next] = next % 3 == 0 ? LargeFile : SmallFile;
                WriteTransaction(dir, next, sizes[next]);
                files.Add(next);
            }
            // Round 0 runs to the end to time a whole run on this machine; later runs are killed at a random point of
            // that time, so the kills fall inside the work on fast and slow machines alike.
            int delayMs = round == 0 ? Timeout.Infinite : (int)(fullRun.TotalMilliseconds * (0.05 + 0.9 * random.NextDouble()));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            bool wasKilled = RunAndKill(dir.Path, files, delayMs, reported);
            if (round == 0) fullRun = clock.Elapsed;
            if (wasKilled) killed++;
            string context = $"seed {seed}, round {round}, killed after {delayMs} ms";
            Verify(store, sizes, reported, files, context);
        }
        TestContext.Out.WriteLine($"seed {seed}: {killed} of {Rounds} runs killed, {reported.Count} of {next} files committed");
        killed.Should().BeGreaterThanOrEqualTo((Rounds - 1) / 2, "most runs must actually be killed for the test to mean anything");
    }

    /// <summary>One transaction: <paramref name="size"/> triples with a predicate of its own, a tenth of them with
    /// blank subjects, so the store can count exactly what arrived of it.</summary>
    private static void WriteTransaction(TempFolder dir, int tx, int size)
    {
        var text = new StringBuilder(size * 60);
        for (int j = 0; j < size; j++)
        {
            text.Append(j % 10 == 0 ? $"_:b{j}" : $"<urn:kg:s{j}>");
            text.Append(CultureInfo.InvariantCulture, $" <urn:kg:tx{tx}> \"v{j}\" .\n");
        }
        dir.File(FileName(tx), text.ToString());
    }

    private static string FileName(int tx) => $"tx{tx:D4}.nt";

    /// <summary>Runs <c>kg load</c> over the files and kills it after <paramref name="delayMs"/> unless it has
    /// finished; collects the files it reported as loaded. True when it was killed.</summary>
    private static bool RunAndKill(string workingDirectory, List<int> files, int delayMs, HashSet<int> reported)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var a in (string[])["load", "--db", "store", "--memory", "1", .. files.Select(FileName)]) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var lines = new List<string>();
        using var process = Process.Start(psi)!;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (lines) lines.Add(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        bool killed = false;
        if (!process.WaitForExit(delayMs))
        {
            process.Kill(); // SIGKILL on Unix: no finally blocks, no flushing, exactly a crash
            killed = true;
        }
        process.WaitForExit();
        lock (lines)
        {
            foreach (var line in lines)
                if (LoadedLine().Match(line) is { Success: true } m) reported.Add(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            if (!killed) process.ExitCode.Should().Be(0, string.Join("\n", lines));
        }
        return killed;
    }

    private static void Verify(string storePath, Dictionary<int, int> sizes, HashSet<int> reported, List<int> round, string context)
    {
        if (!RocksDbStore.Exists(storePath)) { reported.Should().BeEmpty(context); return; }
        using var store = RocksDbStore.Open(storePath, new RocksDbStoreOptions { CreateIfMissing = false });
        var leftovers = Path.Combine(storePath, "kg-load-tmp");
        (Directory.Exists(leftovers) ? Directory.GetFileSystemEntries(leftovers) : []).Should().BeEmpty("reopening drops an uncommitted load's runs; " + context);
        using var reader = store.Read();
        var present = new Dictionary<int, int>();
        foreach (var (tx, size) in sizes)
        {
            int count = reader.TryGetId(NamedNode.Create($"urn:kg:tx{tx}"), out int p) ? reader.Match(0, 0, p, 0).Length : 0;
            count.Should().BeOneOf([0, size], $"transaction {tx} must be complete or absent; {context}");
            if (reported.Contains(tx)) count.Should().Be(size, $"kg reported transaction {tx} as loaded; {context}");
            present[tx] = count;
        }
        // Files load in order, so what survived of this round is a prefix of its list.
        var survived = round.Select(tx => present[tx] > 0).ToList();
        survived.SkipWhile(x => x).Should().NotContain(true, $"the loaded files of a run are a prefix of its list; {context}");
    }

    [GeneratedRegex(@"loaded [\d,]+ quads from tx(\d+)\.nt")]
    private static partial Regex LoadedLine();
}
