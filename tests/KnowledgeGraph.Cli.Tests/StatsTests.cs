namespace KnowledgeGraph.Cli.Tests;

public class StatsTests
{
    [Test]
    public void Counts_triples_terms_classes_and_ranks_predicates()
    {
        using var dir = new TempFolder();
        dir.File("a.ttl", """
            @prefix ex: <http://example.org/> .
            ex:aws a ex:Company ; ex:closed ex:lab ; ex:name "AWS" .
            ex:ibm a ex:Company ; ex:name "IBM" .
            ex:lab a ex:ResearchLab .
            """);
        dir.File("b.nt", "<http://example.org/x> <http://example.org/name> \"X\" .\n");
        var run = KgRunner.Run(dir.Path, "stats", "a.ttl", "b.nt");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().MatchRegex(@"triples\s+7\n");
        run.Stdout.Should().MatchRegex(@"distinct subjects\s+4\n");
        run.Stdout.Should().MatchRegex(@"distinct predicates\s+3\n");
        run.Stdout.Should().MatchRegex(@"classes\s+2\n");
        var ranking = run.Stdout[run.Stdout.IndexOf("most used predicates", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Ties are ordered by IRI, so the output is the same on every run.
        ranking[1].Should().MatchRegex(@"^\s+3\s+ex:name$");
        ranking[2].Should().MatchRegex(@"^\s+3\s+rdf:type$");
        ranking[3].Should().MatchRegex(@"^\s+1\s+ex:closed$");
    }
}
