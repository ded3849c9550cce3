using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Store;

/// <summary>What a first program touches: load, query with the data's prefixes, typed values, save.</summary>
public class EntrySurfaceTests
{
    private const string Story = """
        @prefix ex: <http://example.org/> .
        ex:aws ex:closed ex:shanghaiAiLab ; ex:staff 200 .
        ex:ibm ex:closed ex:chinaLab ; ex:staff 1000 .
        """;

    [Test]
    public void A_query_can_use_the_graphs_prefixes_and_read_typed_values()
    {
        var graph = Graph.Load(new MemoryStream(Encoding.UTF8.GetBytes(Story)), RdfFormat.Turtle);
        var row = graph.Query("SELECT (SUM(?n) AS ?total) (COUNT(*) AS ?labs) { ?org ex:closed ?lab ; ex:staff ?n }").ResultSet.Single();
        row.Get<int>("labs").Should().Be(2);
        row.Get<decimal>("total").Should().Be(1200m);
        ((Literal)row["total"]!).TryGetValue(out long total).Should().BeTrue();
        total.Should().Be(1200);
    }

    [Test]
    public void Opting_out_of_the_data_prefixes_makes_an_undeclared_prefix_an_error()
    {
        var graph = Graph.Parse(Story, RdfFormat.Turtle);
        var act = () => graph.Query("SELECT * { ?s ex:closed ?o }", new SparqlQueryOptions { UseDataPrefixes = false });
        act.Should().Throw<SparqlSyntaxException>().Which.Line.Should().Be(1);
    }

    [Test]
    public void A_query_prefix_declaration_overrides_the_graphs()
    {
        var graph = Graph.Parse(Story, RdfFormat.Turtle);
        graph.Query("PREFIX ex: <http://other.org/> SELECT * { ?s ex:closed ?o }").ResultSet.Should().BeEmpty();
    }

    [Test]
    public async Task Save_picks_the_format_from_the_extension_and_round_trips()
    {
        var graph = Graph.Parse(Story, RdfFormat.Turtle);
        var dir = Directory.CreateTempSubdirectory("kg-save-");
        try
        {
            foreach (var ext in new[] { ".ttl", ".nt", ".jsonld", ".rdf", ".trig", ".nq" })
            {
                var path = Path.Combine(dir.FullName, "story" + ext);
                await graph.SaveAsync(path);
                (await Graph.LoadAsync(path)).IsIsomorphicWith(graph).Should().BeTrue(ext);
            }
            Directory.GetFiles(dir.FullName, "*.tmp").Should().BeEmpty();
            var unknown = () => graph.Save(Path.Combine(dir.FullName, "story.txt"));
            unknown.Should().Throw<ArgumentException>();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public void A_misspelt_parameter_throws_instead_of_matching_everything()
    {
        var graph = Graph.Parse(Story, RdfFormat.Turtle);
        var options = new SparqlQueryOptions();
        options.Parameters["orgg"] = NamedNode.Create("http://example.org/aws");
        var act = () => graph.Query("SELECT ?lab { ?org ex:closed ?lab }", options);
        act.Should().Throw<ArgumentException>().WithMessage("*?orgg*");
    }

    [Test]
    public void A_timeout_has_its_own_exception_type()
    {
        var g = new Graph();
        for (int i = 0; i < 3000; i++) g.Add(NamedNode.Create("http://ex.org/s" + i), NamedNode.Create("http://ex.org/p"), Literal.Integer(i));
        var act = () => g.Query("SELECT (COUNT(*) AS ?c) { ?a ?b ?c1 . ?d ?e ?f . ?g ?h ?i }", new SparqlQueryOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        act.Should().Throw<SparqlTimeoutException>();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var cancelled = () => g.Query("SELECT * { ?s ?p ?o }", null, cts.Token);
        cancelled.Should().Throw<OperationCanceledException>().Which.Should().NotBeOfType<SparqlTimeoutException>();
    }

    [Test]
    public void A_registered_syntax_is_found_by_name_and_extension()
    {
        // A syntax of the user's own: N-Triples under another name and extension.
        var custom = new RdfFormat("lines-test", "application/x-lines-test", false, [".linestest"],
            () => RdfFormat.NTriples.CreateReader(), () => RdfFormat.NTriples.CreateWriter());
        RdfFormat.Register(custom);
        RdfFormat.FromName("lines-test").Should().BeSameAs(custom);
        RdfFormat.FromPath("x.linestest").Should().BeSameAs(custom);
        var register = () => RdfFormat.Register(custom);
        register.Should().Throw<ArgumentException>();

        var graph = Graph.Parse(Story, RdfFormat.Turtle);
        var path = Path.Combine(Path.GetTempPath(), $"kg-{Guid.NewGuid():N}.linestest");
        try
        {
            graph.Save(path);
            File.ReadAllText(path).Should().Contain("<http://example.org/aws> <http://example.org/closed>");
            Graph.Load(path).IsIsomorphicWith(graph).Should().BeTrue();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_chosen_blank_node_label_never_names_a_generated_node()
    {
        var parsed = Graph.Parse("[] <http://ex.org/p> [] .", RdfFormat.Turtle);
        var generated = parsed.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().ToList();
        generated.Should().HaveCount(2);
        for (int i = 0; i < 1000; i++)
            generated.Should().NotContain(BlankNode.Create("b" + i));
    }
}
