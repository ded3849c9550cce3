using KnowledgeGraph.Fuzz;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>
/// Issue 17, item 4, the short run CI makes: each fuzz target (fuzz/KnowledgeGraph.Fuzz, the entry point AFL++ runs)
/// over its committed seed corpus and a fixed set of deterministic mutants of each seed (bit flips, inserted syntax
/// characters, deletions, repeated runs, splices, truncations). Any exception other than the library's documented
/// ones for bad input fails, with the input that caused it. fuzz/README.md tells how to fuzz longer with AFL++.
/// </summary>
public class FuzzCorpusTests
{
    private const int MutantsPerSeed = 250;

    private static IEnumerable<string> Targets() => FuzzTargets.Names;

    [TestCaseSource(nameof(Targets))]
    public void A_target_survives_its_corpus_and_mutants(string target)
    {
        var folder = Path.Combine(Paths.Repo, "fuzz", "corpus", target);
        var seeds = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        seeds.Should().NotBeEmpty($"the corpus {folder} holds the seeds");
        int runs = 0;
        for (int i = 0; i < seeds.Length; i++)
            foreach (var input in Mutations.Of(seeds[i], seeds, MutantsPerSeed, i).Prepend(seeds[i]))
            {
                var act = () => FuzzTargets.Run(target, input);
                act.Should().NotThrow($"mutant of seed {i} of {target}:\n{FuzzTargets.Describe(input)}");
                runs++;
            }
        TestContext.Out.WriteLine($"{target}: {runs} inputs");
    }

    [Test]
    public void An_undocumented_exception_is_a_finding()
    {
        // The harness must not swallow what it exists to find.
        FuzzTargets.IsDocumented(new NullReferenceException()).Should().BeFalse();
        FuzzTargets.IsDocumented(new ArgumentException("x")).Should().BeFalse();
        FuzzTargets.IsDocumented(new KnowledgeGraph.Syntax.RdfSyntaxException("x", 1, 1)).Should().BeTrue();
    }
}
