using KnowledgeGraph.Cli.Storage;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Tests.Storage;

/// <summary>The bridge that lands an update made on an in-memory copy back in the store (for kg update --db).</summary>
public class StoreWriteBackTests
{
    [Test]
    public void The_difference_lands_in_one_transaction_with_fresh_blank_nodes_kept_apart_from_stored_ones()
    {
        using var dir = new TempFolder();
        using var store = RocksDbStore.Open(Path.Combine(dir.Path, "store"));
        store.Load(new StringReader("""
            <http://ex.org/a> <http://ex.org/p> "old" .
            <http://ex.org/a> <http://ex.org/p> "kept" <http://ex.org/g1> .
            _:b1 <http://ex.org/p> "stored blank" .
            """), RdfFormat.NQuads);
        var before = new Dataset();
        StoreAccess.CopyInto(store, before, CancellationToken.None);
        var after = new Dataset();
        StoreAccess.CopyInto(store, after, CancellationToken.None);
        var p = NamedNode.Create("http://ex.org/p");
        after.Remove(new Quad(NamedNode.Create("http://ex.org/a"), p, Literal.Create("old"))).Should().BeTrue();
        after.Add(new Quad(BlankNode.Create("b1"), p, Literal.Create("new blank"), NamedNode.Create("http://ex.org/g2")));
        after.GetOrCreateGraph(NamedNode.Create("http://ex.org/empty"));

        StoreWriteBack.Apply(store, before, after).Should().Be((1, 1));

        var now = new Dataset();
        StoreAccess.CopyInto(store, now, CancellationToken.None);
        now.IsIsomorphicWith(after).Should().BeTrue(now.ToString(RdfFormat.NQuads));
        now.GraphNames.Should().Contain(NamedNode.Create("http://ex.org/empty"));
        now.Match(predicate: p).Select(q => q.Subject).OfType<BlankNode>().Distinct().Should().HaveCount(2,
            "the update's _:b1 is a new node, not the stored one that happened to print the same");
    }
}
