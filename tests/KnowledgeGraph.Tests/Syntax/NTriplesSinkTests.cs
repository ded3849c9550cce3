using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.NTriples;

namespace KnowledgeGraph.Tests.Syntax;

public class NTriplesSinkTests
{
    [Test]
    public void A_reader_streams_into_n_quads_statement_by_statement()
    {
        const string trig = "@prefix ex: <http://example.org/> .\nex:a ex:p \"x\\ty\"@en . ex:g { ex:b ex:q [ ex:r 1 ] }";
        var output = new StringWriter();
        var sink = new NTriplesSink(output, writeGraphs: true);
        RdfFormat.TriG.CreateReader().Read(new StringReader(trig), sink);
        sink.Flush();
        sink.Count.Should().Be(3);
        output.ToString().Should().StartWith("<http://example.org/a> <http://example.org/p> \"x\\ty\"@en .\n");
        Dataset.Parse(output.ToString(), RdfFormat.NQuads).IsIsomorphicWith(Dataset.Parse(trig, RdfFormat.TriG)).Should().BeTrue();
    }

    [Test]
    public void N_triples_refuse_a_named_graph_after_writing_what_came_before()
    {
        var output = new StringWriter();
        var sink = new NTriplesSink(output, writeGraphs: false);
        var s = NamedNode.Create("http://e/s");
        sink.OnQuad(new Quad(new Triple(s, NamedNode.Create("http://e/p"), s), null));
        var act = () => sink.OnQuad(new Quad(new Triple(s, NamedNode.Create("http://e/p"), s), NamedNode.Create("http://e/g")));
        act.Should().Throw<RdfWriteException>().WithMessage("*named graph*");
        output.ToString().Should().Be("<http://e/s> <http://e/p> <http://e/s> .\n");
        sink.Count.Should().Be(1);
    }

    [TestCase("turtle", "_:x <http://e/p> [ <http://e/q> _:x ] .")]
    [TestCase("ntriples", "_:x <http://e/p> _:y .\n_:y <http://e/q> _:x .\n")]
    public void Preserved_labels_come_out_as_written_and_fresh_nodes_stay_apart(string format, string text)
    {
        var output = new StringWriter();
        var sink = new NTriplesSink(output, writeGraphs: false);
        RdfFormat.FromName(format)!.CreateReader().Read(new StringReader(text), sink, new RdfReaderOptions { PreserveBlankNodeLabels = true });
        sink.Flush();
        output.ToString().Split('\n').Should().Contain(line => line.StartsWith("_:x <http://e/p> _:", StringComparison.Ordinal));
        Graph.Parse(output.ToString(), RdfFormat.NTriples).IsIsomorphicWith(Graph.Parse(text, RdfFormat.FromName(format)!)).Should().BeTrue();
    }
}
