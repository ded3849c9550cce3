using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// Crash safety of write transactions: a child process (KnowledgeGraph.StoreCrashChild) commits large SPARQL Update
/// requests on a dataset on disk in a loop, each deleting one generation of triples and inserting the next, and is
/// killed with SIGKILL at a random moment,
/// many times over. After each kill the store must hold exactly one whole generation, the one its marker names, and
/// no older than the last commit the child reported.
/// </summary>
public class WriterCrashTests
{
    private const int Rounds = 12;
    private const int Size = 5_000;

    [Test]
    public void Killing_a_process_in_the_middle_of_large_updates_leaves_exactly_the_last_committed_one()
    {
        int seed = Environment.TickCount;
        var random = new Random(seed);
        using var temp = new TempStore();
        int lastReported = 0, killed = 0;
        for (int round = 0; round < Rounds; round++)
        {
            int delayMs = random.Next(300, 5000);
            var (reported, wasKilled) = RunAndKill(temp.Directory, delayMs);
            if (wasKilled) killed++;
            lastReported = Math.Max(lastReported, reported);
            string context = $"seed {seed}, round {round}, killed after {delayMs} ms";
            int generation = Verify(temp, context);
            generation.Should().BeGreaterThanOrEqualTo(lastReported, "every commit the child reported survives; " + context);
            lastReported = generation;
        }
        TestContext.Out.WriteLine($"seed {seed}: {killed} of {Rounds} runs killed, {lastReported} generations committed");
        killed.Should().Be(Rounds, "the child never stops by itself");
        lastReported.Should().BeGreaterThan(0, "some transactions must commit for the test to mean anything");
    }

    private static (int LastCommitted, bool Killed) RunAndKill(string directory, int delayMs)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.StoreCrashChild.dll"));
        psi.ArgumentList.Add(directory);
        psi.ArgumentList.Add(Size.ToString(CultureInfo.InvariantCulture));
        int last = 0;
        var errors = new List<string>();
        using var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("committed ", StringComparison.Ordinal))
                Volatile.Write(ref last, int.Parse(line["committed ".Length..], CultureInfo.InvariantCulture));
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool killed = false;
        if (!process.WaitForExit(delayMs))
        {
            process.Kill(); // SIGKILL on Unix
            killed = true;
        }
        process.WaitForExit();
        lock (errors) errors.Should().BeEmpty();
        return (Volatile.Read(ref last), killed);
    }

    /// <summary>Checks the store holds one whole generation and returns its number (0 before the first commit).</summary>
    private static int Verify(TempStore temp, string context)
    {
        if (!RocksDbStore.Exists(temp.Directory)) return 0;
        using var store = temp.Open();
        using var r = store.Read();
        if (!r.TryGetId(NamedNode.Create("urn:gen"), out int gen)) return 0;
        r.TryGetId(NamedNode.Create("urn:marker"), out int marker).Should().BeTrue(context);
        r.TryGetId(NamedNode.Create("urn:current"), out int current).Should().BeTrue(context);
        var markers = r.Match(0, marker, current, 0);
        markers.Length.Should().BeLessThanOrEqualTo(1, context);
        var generations = r.Match(0, 0, gen, 0).Span.ToArray().GroupBy(t => t.O).ToList();
        if (markers.Length == 0)
        {
            generations.Should().BeEmpty(context);
            return 0;
        }
        generations.Should().ContainSingle("one generation, never a mix of two; " + context);
        generations[0].Key.Should().Be(markers[0].O, "the marker names the generation present; " + context);
        generations[0].Count().Should().Be(Size, "the generation is whole; " + context);
        return int.Parse(((Literal)r.GetTerm(markers[0].O)).LexicalForm, CultureInfo.InvariantCulture);
    }
}
