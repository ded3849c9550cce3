using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>Issue 17: prefix handling is not quadratic in the number of prefixes. Timing is for benchmarks; these
/// tests check the lookups give the same answers as a scan, on a map large enough that a quadratic one would hang.</summary>
public class PrefixScaleTests
{
    [Test]
    public void Compaction_picks_the_longest_namespace_and_the_first_added_on_ties()
    {
        var map = new PrefixMap();
        map.Add("a", "http://x/");
        map.Add("b", "http://x/y/");
        map.Add("c", "http://x/y/");
        map.TryCompact("http://x/y/z", out var prefix, out var local).Should().BeTrue();
        (prefix, local).Should().Be(("b", "z"));
        map.TryCompact("http://x/q", out prefix, out local).Should().BeTrue();
        (prefix, local).Should().Be(("a", "q"));
        map.Remove("b");
        map.TryCompact("http://x/y/z", out prefix, out _).Should().BeTrue();
        prefix.Should().Be("c");
        map.TryCompact("urn:none", out _, out _).Should().BeFalse();
    }

    [Test]
    public void Thousands_of_prefixes_round_trip_through_every_writer()
    {
        var text = new System.Text.StringBuilder();
        const int n = 5_000;
        for (int i = 0; i < n; i++) text.Append($"@prefix p{i}: <http://example.org/ns{i}/> .\n");
        for (int i = 0; i < n; i++) text.Append($"p{i}:s p{i}:p p{(i * 7) % n}:o .\n");
        var dataset = Dataset.Parse(text.ToString(), RdfFormat.Turtle);
        foreach (var format in new[] { RdfFormat.Turtle, RdfFormat.TriG, RdfFormat.RdfXml, RdfFormat.JsonLd })
        {
            var written = dataset.ToString(format);
            Dataset.Parse(written, format).Count.Should().Be(n, format.Name);
        }
    }
}
