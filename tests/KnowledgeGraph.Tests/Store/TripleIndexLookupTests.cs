using KnowledgeGraph.Storage;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Store;

/// <summary>Lookups step and gallop over runs of matches; every run length must give the exact range.</summary>
public class TripleIndexLookupTests
{
    [TestCase(1)]
    [TestCase(7)]
    [TestCase(8)]
    [TestCase(9)]
    [TestCase(24)]
    [TestCase(25)]
    [TestCase(1000)]
    public void Bound_lookups_find_runs_of_every_length(int run)
    {
        var index = new TripleIndex();
        for (int s = 1; s <= 3; s++)
            for (int o = 1; o <= run; o++)
                index.Add(new IdTriple(s, 100, o));
        index.Add(new IdTriple(2, 101, 1));
        index.Match(2, 100, 0).Length.Should().Be(run);
        index.Match(2, 0, 0).Length.Should().Be(run + 1);
        index.Match(0, 100, 0).Length.Should().Be(3 * run);
        index.Match(0, 0, 1).Length.Should().Be(4);
        index.Match(3, 100, run).Length.Should().Be(1);
        index.Match(4, 0, 0).Length.Should().Be(0);
    }

    [Test]
    public void Searching_within_a_subject_matches_a_direct_lookup()
    {
        var index = new TripleIndex();
        for (int p = 10; p < 20; p++)
            for (int o = 1; o <= p - 9; o++)
                index.Add(new IdTriple(5, p, o));
        var subject = index.Match(5, 0, 0);
        for (int p = 9; p <= 20; p++)
        {
            subject.WithinSubject(p, 0).Span.ToArray().Should().Equal(index.Match(5, p, 0).Span.ToArray());
            subject.WithinSubject(p, 2).Span.ToArray().Should().Equal(index.Match(5, p, 2).Span.ToArray());
        }
    }
}
