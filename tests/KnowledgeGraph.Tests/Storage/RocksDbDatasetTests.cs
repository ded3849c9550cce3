using KnowledgeGraph.Analysis;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>A <see cref="Dataset"/> on disk through the public API: what a batch writes survives closing and
/// reopening exactly, and the writers, exports and analytics read it as they read the same data in memory.</summary>
public class RocksDbDatasetTests
{
    /// <summary>The round-trip test's terms, plus typed resources that link up, so the exports have nodes and edges.</summary>
    private const string Tricky = RocksDbRoundTripTests.Tricky + """

        <http://ex.org/s> a <http://ex.org/Thing> ; <http://ex.org/label> "S" ; <http://ex.org/knows> <http://ex.org/t> .
        <http://ex.org/t> a <http://ex.org/Thing> ; <http://ex.org/knows> _:b1 .
        """;

    private static readonly NamedNode Empty = NamedNode.Create("http://ex.org/empty");

    [Test]
    public void Every_term_and_graph_survives_closing_and_reopening_and_writes_back_in_nquads_and_trig()
    {
        var expected = Dataset.Parse(Tricky, RdfFormat.TriG, "http://ex.org/");
        var lone = new Quad(NamedNode.Create("http://ex.org/s"), NamedNode.Create("http://ex.org/lone"), Literal.Create("a\uD800b\uDFFFc"));
        using var temp = new TempStore();
        using (var disk = RocksDbStore.OpenDataset(temp.Directory))
        {
            foreach (var name in expected.GraphNames) disk.GetOrCreateGraph(name);
            disk.GetOrCreateGraph(Empty);
            disk.Batch(batch =>
            {
                foreach (var quad in expected) batch.Add(quad);
                batch.Add(lone);
            });
        }
        using var reopened = RocksDbStore.OpenDataset(temp.Directory);
        reopened.GraphNames.Should().Equal([.. expected.GraphNames, Empty], "named graphs, the empty one too, in creation order");
        reopened.Contains(lone).Should().BeTrue("a lone surrogate survives");
        reopened.Remove(lone).Should().BeTrue();
        reopened.IsIsomorphicWith(expected).Should().BeTrue();
        foreach (var format in new[] { RdfFormat.NQuads, RdfFormat.TriG })
        {
            var text = new StringWriter();
            reopened.Write(text, format);
            Dataset.Parse(text.ToString(), format).IsIsomorphicWith(expected).Should().BeTrue(format.Name + ":\n" + text);
        }
    }

    [Test]
    public void Exports_and_analytics_of_a_graph_on_disk_equal_those_of_the_same_graph_in_memory()
    {
        var memory = Dataset.Parse(Tricky, RdfFormat.TriG, "http://ex.org/");
        using var temp = new TempStore();
        using var disk = RocksDbStore.OpenDataset(temp.Directory, new RocksDbStoreOptions { SyncCommits = false });
        disk.Batch(batch =>
        {
            foreach (var quad in memory) batch.Add(quad);
        });
        // The store keeps quads, not a document's prefixes, which name the export's attribute keys.
        foreach (var (prefix, ns) in memory.Prefixes) disk.Prefixes.Add(prefix, ns);
        Export(new GraphMlWriter().Write, disk).Should().Be(Export(new GraphMlWriter().Write, memory));
        Export(new GexfWriter().Write, disk).Should().Be(Export(new GexfWriter().Write, memory));
        Export(new DotWriter().Write, disk).Should().Be(Export(new DotWriter().Write, memory));
        var onDisk = GraphProjection.From(disk.DefaultGraph);
        var inMemory = GraphProjection.From(memory.DefaultGraph);
        onDisk.Graph.VertexCount.Should().Be(inMemory.Graph.VertexCount).And.BeGreaterThan(2);
        onDisk.Graph.EdgeCount.Should().Be(inMemory.Graph.EdgeCount);
    }

    [Test]
    public void A_second_dataset_on_an_open_directory_is_refused_clearly()
    {
        using var temp = new TempStore();
        using var first = RocksDbStore.OpenDataset(temp.Directory);
        var second = () => RocksDbStore.OpenDataset(temp.Directory);
        second.Should().Throw<StoreLockedException>().WithMessage("*open for writing by another process*");
    }

    [Test]
    public void A_query_started_before_an_update_sees_its_snapshot_to_the_end()
    {
        using var temp = new TempStore();
        using var disk = RocksDbStore.OpenDataset(temp.Directory, new RocksDbStoreOptions { SyncCommits = false });
        disk.Update("INSERT DATA { <http://ex.org/a> <http://ex.org/p> 1 . <http://ex.org/b> <http://ex.org/p> 2 }");
        using var rows = disk.DefaultGraph.Match().GetEnumerator();
        rows.MoveNext().Should().BeTrue();
        disk.Update("DELETE WHERE { ?s ?p ?o }");
        rows.MoveNext().Should().BeTrue("the enumeration reads the snapshot it started on");
        disk.Count.Should().Be(0);
    }

    private static string Export(Action<Graph, TextWriter, CancellationToken> write, Dataset dataset)
    {
        var text = new StringWriter();
        write(dataset.DefaultGraph, text, default);
        return text.ToString();
    }
}
