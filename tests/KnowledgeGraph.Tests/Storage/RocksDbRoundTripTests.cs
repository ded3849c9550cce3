using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>What goes into the store comes out exactly: every kind of term, named graphs, bulk loads in many runs.</summary>
public class RocksDbRoundTripTests
{
    /// <summary>Every kind of term and graph: the literals a store could get wrong, blank nodes, a blank-named graph.</summary>
    internal const string Tricky = """
        @prefix ex: <http://ex.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:s ex:p "plain", "", "with \"quotes\"\nand a newline\t\u00e9\U0001F600",
                  "chat"@fr, "colour"@en-GB, "x"@EN-us, "1"^^xsd:integer, "01"^^xsd:integer, "1.50"^^xsd:decimal,
                  "tRuE"^^xsd:boolean, "2020-01-01T00:00:00Z"^^xsd:dateTime, "odd"^^<http://ex.org/dt>,
                  "<b>x</b>"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral>, <http://ex.org/é?q=1#f> .
        _:b1 ex:p _:b2 .
        _:b2 ex:p _:b1 .
        ex:g { ex:s ex:p "in g" . _:b1 ex:p "blank in g" }
        _:gb { ex:s ex:p "in a blank-named graph" }
        """;

    [Test]
    public void Every_literal_blank_node_and_named_graph_survives_a_load_and_a_dump_in_nquads_and_trig()
    {
        var expected = Dataset.Parse(Tricky, RdfFormat.TriG, "http://ex.org/");
        using var temp = new TempStore();
        using var store = temp.Open();
        store.Load(new StringReader(Tricky), RdfFormat.TriG, new RdfReaderOptions { BaseIri = "http://ex.org/" }).Should().Be(expected.Count);
        foreach (var format in new[] { RdfFormat.NQuads, RdfFormat.TriG })
        {
            var text = new StringWriter();
            store.Dump(text, format);
            Dataset.Parse(text.ToString(), format).IsIsomorphicWith(expected).Should().BeTrue(format.Name + ":\n" + text);
        }
    }

    [Test]
    public void A_lone_surrogate_in_a_literal_survives()
    {
        var literal = Literal.Create("a\uD800b");
        using var temp = new TempStore();
        using var store = temp.Open();
        store.Load([new Quad(NamedNode.Create("http://ex.org/s"), NamedNode.Create("http://ex.org/p"), literal)]);
        store.Quads().Single().Object.Should().Be(literal);
    }

    [Test]
    public void Blank_nodes_of_two_loads_stay_apart_even_with_the_same_labels()
    {
        using var temp = new TempStore();
        using var store = temp.Open();
        var quad = new Quad(BlankNode.Create("x"), NamedNode.Create("http://ex.org/p"), Literal.Create("v"));
        store.Load([quad]);
        store.Load([quad]);
        store.Quads().Select(q => q.Subject).Distinct().Should().HaveCount(2, "each load is its own blank node scope");
    }

    [Test]
    public void A_generated_dataset_of_120k_quads_loaded_in_many_small_runs_round_trips_exactly()
    {
        var quads = Generated(120_000).ToList();
        var expected = new Dataset();
        foreach (var q in quads) expected.Add(q);
        using var temp = new TempStore();
        long progressed = 0;
        // 2 MiB of memory: the loader spills dozens of sorted runs, then ingests them all in one step.
        using (var store = temp.Open(new RocksDbStoreOptions { SyncCommits = false, BulkLoadMemoryBytes = 2 << 20 }))
        {
            store.Load(quads.Concat(quads.Take(5000)), new BulkLoadOptions { Progress = n => progressed = n }).Should().Be(quads.Count + 5000);
            Directory.GetFiles(Path.Combine(temp.Directory)).Count(f => f.EndsWith(".sst", StringComparison.Ordinal)).Should().BeGreaterThan(3);
        }
        progressed.Should().Be(quads.Count + 5000);
        using (var store = temp.Open())
        {
            var dump = new StringWriter();
            store.Dump(dump, RdfFormat.NQuads);
            var actual = Dataset.Parse(dump.ToString(), RdfFormat.NQuads);
            actual.Count.Should().Be(expected.Count);
            actual.IsIsomorphicWith(expected).Should().BeTrue();
        }
    }

    [Test]
    public void A_load_that_fails_half_way_leaves_nothing()
    {
        using var temp = new TempStore();
        using var store = temp.Open(new RocksDbStoreOptions { SyncCommits = false, BulkLoadMemoryBytes = 1 << 20 });
        var text = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"<http://ex.org/s{i}> <http://ex.org/p> \"{i}\" .\n")) + "<http://ex.org/broken";
        Action load = () => store.Load(new StringReader(text), RdfFormat.NTriples);
        load.Should().Throw<RdfSyntaxException>();
        store.Quads().Should().BeEmpty();
        Directory.Exists(Path.Combine(temp.Directory, "kg-load-tmp")) .Should().BeTrue();
        Directory.GetFileSystemEntries(Path.Combine(temp.Directory, "kg-load-tmp")).Should().BeEmpty("the runs of a failed load are deleted");
    }

    /// <summary>Deterministic quads with every kind of term: IRIs, a few blank nodes, plain, language-tagged and
    /// typed literals, spread over the default graph and five named graphs.</summary>
    internal static IEnumerable<Quad> Generated(int count)
    {
        const string ex = "http://ex.org/";
        var graphs = new Term?[] { null, null, NamedNode.Create(ex + "g1"), NamedNode.Create(ex + "g2"), NamedNode.Create(ex + "g3"), BlankNode.Create("graph") };
        for (int i = 0; i < count; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            Term subject = i % 97 == 0 ? BlankNode.Create("b" + (i % 500).ToString(CultureInfo.InvariantCulture)) : NamedNode.Create(ex + "s" + (i / 7).ToString(CultureInfo.InvariantCulture));
            var predicate = NamedNode.Create(ex + "p" + (i % 23).ToString(CultureInfo.InvariantCulture));
            Term @object = (i % 6) switch
            {
                0 => NamedNode.Create(ex + "o" + (i % 1000).ToString(CultureInfo.InvariantCulture)),
                1 => Literal.Create("text " + n + " \"q\" é\n"),
                2 => Literal.CreateLanguageTagged("label " + n, i % 2 == 0 ? "en" : "zh-Hans"),
                3 => Literal.Integer(i),
                4 => Literal.Create(n + ".0", NamedNode.Create(ex + "custom")),
                _ => Literal.Double(i / 3.0),
            };
            yield return new Quad(subject, predicate, @object, graphs[i % graphs.Length]);
        }
    }
}
