using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>The RocksDB store through the id-level storage interface: transactions, snapshots, reopening, locking.</summary>
public class RocksDbStoreTests
{
    private static readonly NamedNode A = NamedNode.Create("http://ex.org/a");
    private static readonly NamedNode B = NamedNode.Create("http://ex.org/b");
    private static readonly NamedNode P = NamedNode.Create("http://ex.org/p");
    private static readonly NamedNode G = NamedNode.Create("http://ex.org/g");

    [Test]
    public void A_committed_transaction_is_seen_by_later_readers_and_survives_reopening()
    {
        using var temp = new TempStore();
        int a, b, p, g;
        using (var store = temp.Open())
        {
            using (var w = store.Write())
            {
                (a, b, p, g) = (w.GetOrAddId(A), w.GetOrAddId(B), w.GetOrAddId(P), w.GetOrAddId(G));
                w.Add(0, new IdTriple(a, p, b)).Should().BeTrue();
                w.Add(0, new IdTriple(a, p, b)).Should().BeFalse("it is there already, within the transaction");
                w.Add(g, new IdTriple(b, p, a)).Should().BeTrue();
                w.Match(0, a, 0, 0).Span.ToArray().Should().Equal(new IdTriple(a, p, b));
                w.NamedGraphIds.Should().Equal(g);
                w.Commit();
            }
            using var r = store.Read();
            r.Match(0, 0, 0, 0).Length.Should().Be(1);
            r.Match(g, 0, p, 0).Span.ToArray().Should().Equal(new IdTriple(b, p, a));
        }
        using (var store = temp.Open())
        {
            using var r = store.Read();
            r.TryGetId(A, out int a2).Should().BeTrue();
            a2.Should().Be(a);
            r.GetTerm(g).Should().Be(G);
            r.NamedGraphIds.Should().Equal(g);
            r.Match(g, b, 0, 0).Length.Should().Be(1);
            using var w = store.Write();
            w.GetOrAddId(NamedNode.Create("http://ex.org/new")).Should().BeGreaterThan(g, "the id counter persists");
        }
    }

    [Test]
    public void Disposing_a_writer_without_commit_discards_everything_it_did()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        using (var w = store.Write())
        {
            w.Add(0, new IdTriple(w.GetOrAddId(A), w.GetOrAddId(P), w.GetOrAddId(B)));
        }
        using var r = store.Read();
        r.Match(0, 0, 0, 0).Length.Should().Be(0);
        r.TryGetId(A, out _).Should().BeFalse();
    }

    [Test]
    public void A_reader_keeps_its_snapshot_while_a_writer_commits()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        using var before = store.Read();
        using (var w = store.Write())
        {
            w.Add(0, new IdTriple(w.GetOrAddId(A), w.GetOrAddId(P), w.GetOrAddId(B)));
            w.Commit();
        }
        before.Match(0, 0, 0, 0).Length.Should().Be(0);
        before.TryGetId(A, out _).Should().BeFalse();
        using var after = store.Read();
        after.Match(0, 0, 0, 0).Length.Should().Be(1);
    }

    [Test]
    public void Removing_and_dropping_graphs_is_seen_inside_the_transaction_and_after_commit()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        int a, b, p, g;
        using (var w = store.Write())
        {
            (a, b, p, g) = (w.GetOrAddId(A), w.GetOrAddId(B), w.GetOrAddId(P), w.GetOrAddId(G));
            w.Add(0, new IdTriple(a, p, b));
            w.Add(0, new IdTriple(b, p, a));
            w.Add(g, new IdTriple(a, p, a));
            w.Commit();
        }
        using (var w = store.Write())
        {
            w.Remove(0, new IdTriple(a, p, b)).Should().BeTrue();
            w.Remove(0, new IdTriple(a, p, b)).Should().BeFalse();
            w.Match(0, 0, 0, 0).Span.ToArray().Should().Equal(new IdTriple(b, p, a));
            w.DropGraph(g).Should().BeTrue();
            w.NamedGraphIds.Should().BeEmpty();
            w.Match(g, 0, 0, 0).Length.Should().Be(0);
            w.CreateGraph(g).Should().BeTrue("an empty named graph can exist");
            w.Commit();
        }
        using var r = store.Read();
        r.Match(0, 0, 0, 0).Span.ToArray().Should().Equal(new IdTriple(b, p, a));
        r.NamedGraphIds.Should().Equal(g);
        r.Match(g, 0, 0, 0).Length.Should().Be(0);
    }

    [Test]
    public void Each_pattern_finds_exactly_its_matches_in_the_order_of_its_index()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var all = new List<IdTriple>();
        using (var w = store.Write())
        {
            var ids = Enumerable.Range(0, 4).Select(i => w.GetOrAddId(NamedNode.Create("http://ex.org/t" + i))).ToArray();
            foreach (var s in ids) foreach (var p in ids.Take(2)) foreach (var o in ids.Skip(1))
            {
                all.Add(new IdTriple(s, p, o));
                w.Add(0, new IdTriple(s, p, o));
            }
            w.Commit();
        }
        using var r = store.Read();
        var values = all.SelectMany(t => new[] { t.S, t.P, t.O }).Distinct().Append(0).ToArray();
        foreach (var s in values) foreach (var p in values) foreach (var o in values)
        {
            var expected = all.Where(t => (s == 0 || t.S == s) && (p == 0 || t.P == p) && (o == 0 || t.O == o));
            var actual = r.Match(0, s, p, o).Span.ToArray();
            actual.Should().BeEquivalentTo(expected, $"pattern ({s} {p} {o})");
        }
        int subject = all[0].S;
        var bySubject = r.Match(0, subject, 0, 0).Span.ToArray();
        bySubject.Should().Equal(bySubject.OrderBy(t => t.P).ThenBy(t => t.O), "subject lookups come in (p, o) order");
    }

    [Test]
    public void A_second_open_for_writing_is_refused_with_StoreLockedException_but_a_read_only_open_works()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        Action second = () => temp.Open().Dispose();
        second.Should().Throw<StoreLockedException>().Which.Message.Should().Contain("open for writing by another process");
        using var readOnly = temp.Open(new RocksDbStoreOptions { ReadOnly = true });
        using var r = readOnly.Read();
        r.NamedGraphIds.Should().BeEmpty();
    }

    [Test]
    public void Opening_a_directory_without_a_store_is_refused_when_creating_is_not_allowed()
    {
        using var temp = new TempStore();
        Action open = () => temp.Open(new RocksDbStoreOptions { CreateIfMissing = false });
        open.Should().Throw<StoreNotFoundException>();
        RocksDbStore.Exists(temp.Directory).Should().BeFalse();
    }
}
