using KnowledgeGraph.Storage;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// Small change sets are published as layers over a flat base; every lookup must still give exactly the triples a
/// plain set holds, in the index's order, through re-adds, re-removes, folding and flattening by readers.
/// </summary>
public class LayeredTableTests
{
    [TestCase(0, 3000)]
    [TestCase(5000, 3000)]
    [TestCase(40_000, 1500)]
    public void Many_small_change_sets_match_a_plain_set(int initial, int commits)
    {
        var random = new Random(initial + commits);
        var model = new HashSet<IdTriple>();
        var index = new TripleIndex();
        for (int i = 0; i < initial; i++)
        {
            var t = RandomTriple(random);
            if (model.Add(t)) index.Add(t);
        }
        var table = index.Current;
        bool sawLayers = false;
        for (int c = 0; c < commits; c++)
        {
            var writer = new TripleIndex(table);
            int changes = random.Next(1, 6);
            for (int k = 0; k < changes; k++)
            {
                // Half the removals pick a triple that is present, so removes and re-adds of layered triples happen.
                if (random.Next(3) == 0 && model.Count > 0)
                {
                    var victim = random.Next(2) == 0 ? model.ElementAt(random.Next(model.Count)) : RandomTriple(random);
                    writer.Remove(victim).Should().Be(model.Remove(victim));
                }
                else
                {
                    var t = RandomTriple(random);
                    writer.Add(t).Should().Be(model.Add(t));
                }
            }
            table = writer.Current;
            sawLayers |= table.IsLayered;
            if (c % 97 == 0 || c == commits - 1) ShouldHoldExactly(table, model, random);
        }
        sawLayers.Should().BeTrue("small commits on a non-empty table are published as layers");
    }

    [Test]
    public void A_change_set_larger_than_the_layer_limit_gives_a_flat_table()
    {
        var index = new TripleIndex();
        for (int i = 1; i <= 10_000; i++) index.Add(new IdTriple(i, 1, i));
        var writer = new TripleIndex(index.Current);
        for (int i = 1; i <= TripleTable.LayerLimit(10_000) + 1; i++) writer.Remove(new IdTriple(i, 1, i));
        writer.Current.IsLayered.Should().BeFalse();
        writer.Current.Count.Should().Be(10_000 - TripleTable.LayerLimit(10_000) - 1);
    }

    [Test]
    public void A_long_run_flattens_the_table_once_and_later_changes_start_from_it()
    {
        var index = new TripleIndex();
        for (int i = 1; i <= 10_000; i++) index.Add(new IdTriple(i, 7, i));
        var writer = new TripleIndex(index.Current);
        writer.Add(new IdTriple(20_000, 7, 1));
        var layered = writer.Current;
        layered.IsLayered.Should().BeTrue();
        layered.Match(0, 7, 0).Length.Should().Be(10_001);
        layered.Flattened().Should().BeSameAs(layered.Flattened());
        var next = new TripleIndex(layered);
        next.Remove(new IdTriple(1, 7, 1));
        next.Current.Count.Should().Be(10_000);
        next.Current.Match(0, 7, 0).Length.Should().Be(10_000);
    }

    private static IdTriple RandomTriple(Random random) => new(random.Next(1, 200), random.Next(1, 12), random.Next(1, 300));

    private static void ShouldHoldExactly(TripleTable table, HashSet<IdTriple> model, Random random)
    {
        table.Count.Should().Be(model.Count);
        // Plain comparisons: equivalency assertions on tens of thousands of elements take minutes.
        var spo = new IdTripleComparer(IndexOrder.Spo);
        var expectedAll = model.ToArray();
        spo.Sort(expectedAll);
        table.Match(0, 0, 0).Span.SequenceEqual(expectedAll).Should().BeTrue("a full scan gives every triple in SPO order");
        for (int probe = 0; probe < 12; probe++)
        {
            var t = probe % 2 == 0 && model.Count > 0 ? model.ElementAt(random.Next(model.Count)) : RandomTriple(random);
            table.Contains(t).Should().Be(model.Contains(t));
            foreach (var (s, p, o) in new[] { (t.S, 0, 0), (0, t.P, 0), (0, 0, t.O), (t.S, t.P, 0), (0, t.P, t.O), (t.S, 0, t.O), (t.S, t.P, t.O) })
            {
                var order = s != 0 ? (p == 0 && o != 0 ? IndexOrder.Osp : IndexOrder.Spo) : p != 0 ? IndexOrder.Pos : o != 0 ? IndexOrder.Osp : IndexOrder.Spo;
                var expected = expectedAll.Where(m => (s == 0 || m.S == s) && (p == 0 || m.P == p) && (o == 0 || m.O == o)).ToArray();
                new IdTripleComparer(order).Sort(expected);
                table.Match(s, p, o).Span.SequenceEqual(expected).Should().BeTrue($"pattern ({s} {p} {o}) gives its triples in index order");
            }
        }
    }
}
