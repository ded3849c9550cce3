using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Tests.Storage;

namespace KnowledgeGraph.Tests.Sparql.Updating;

/// <summary>SPARQL Update on a dataset, run once in memory and once on a store on disk.</summary>
[TestFixture(StoreKind.Memory)]
[TestFixture(StoreKind.RocksDb)]
public class UpdateExecutionTests(StoreKind store)
{
    private const string Ex = "http://example.org/";

    private TestDatasets _datasets = null!;

    [SetUp]
    public void CreateDatasets() => _datasets = new TestDatasets(store);

    [TearDown]
    public void DisposeDatasets() => _datasets.Dispose();

    private Dataset Data(string trig) => _datasets.Parse("@prefix ex: <http://example.org/> .\n" + trig, RdfFormat.TriG);

    private static string Dump(Dataset d) => string.Join("\n", d.Select(q => q.ToString()).OrderBy(s => s, StringComparer.Ordinal));

    [Test]
    public void Insert_data_then_delete_where_then_modify_see_each_others_effects()
    {
        var d = _datasets.Create();
        d.Update("""
            PREFIX ex: <http://example.org/>
            INSERT DATA { ex:a ex:name "A" . ex:b ex:name "B" } ;
            DELETE WHERE { ex:b ?p ?o } ;
            DELETE { ?s ex:name ?n } INSERT { ?s ex:label ?n } WHERE { ?s ex:name ?n }
            """);
        Dump(d).Should().Be("<http://example.org/a> <http://example.org/label> \"A\" .");
    }

    [Test]
    public void An_error_in_the_third_operation_leaves_the_dataset_as_it_was()
    {
        var d = Data("ex:a ex:p 1 . ex:g { ex:a ex:p 2 }");
        var before = Dump(d);
        var act = () => d.Update("""
            PREFIX ex: <http://example.org/>
            INSERT DATA { ex:new ex:p 3 . GRAPH ex:h { ex:x ex:y ex:z } } ;
            DROP GRAPH ex:g ;
            DROP GRAPH ex:missing
            """);
        var e = act.Should().Throw<SparqlEvaluationException>().WithMessage("*ex*missing*does not exist*").Which;
        (e.Line, e.Column).Should().Be((4, 1));
        Dump(d).Should().Be(before);
        d.GraphNames.Should().Equal(NamedNode.Create(Ex + "g"));
    }

    [Test]
    public void A_cancelled_request_changes_nothing()
    {
        var d = Data("ex:a ex:p 1 .");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => d.Update("INSERT DATA { <http://example.org/b> <http://example.org/p> 2 }", null, cts.Token);
        act.Should().Throw<OperationCanceledException>();
        d.Count.Should().Be(1);
    }

    [Test]
    public void Insert_templates_make_fresh_blank_nodes_per_solution_and_skip_unbound_or_ill_formed_triples()
    {
        var d = Data("ex:a ex:p 1 . ex:b ex:p 2 . ex:c ex:p \"lit\" .");
        d.Update("""
            PREFIX ex: <http://example.org/>
            INSERT { ?s ex:node [ ex:value ?v ] . ?v ex:bad ?s . ?s ex:missing ?unbound }
            WHERE { ?s ex:p ?v }
            """);
        var nodes = d.DefaultGraph.Match(null, NamedNode.Create(Ex + "node")).Select(t => t.Object).ToList();
        nodes.Should().HaveCount(3).And.OnlyHaveUniqueItems().And.AllBeOfType<BlankNode>();
        d.DefaultGraph.CountMatches(null, NamedNode.Create(Ex + "bad")).Should().Be(0);
        d.DefaultGraph.CountMatches(null, NamedNode.Create(Ex + "missing")).Should().Be(0);
    }

    [Test]
    public void With_and_using_choose_the_graphs()
    {
        var d = Data("ex:g { ex:a ex:p 1 } ex:h { ex:b ex:p 2 }");
        d.Update("""
            PREFIX ex: <http://example.org/>
            WITH ex:g INSERT { ?s ex:q ?o } WHERE { ?s ex:p ?o } ;
            INSERT { ?s ex:r ?o } USING ex:h WHERE { ?s ex:p ?o }
            """);
        d.Graph(NamedNode.Create(Ex + "g")).CountMatches(null, NamedNode.Create(Ex + "q")).Should().Be(1);
        d.DefaultGraph.Single().Subject.Should().Be(NamedNode.Create(Ex + "b"));
    }

    [Test]
    public void Parameters_are_bound_as_terms_and_unknown_names_are_rejected()
    {
        var d = Data("ex:a ex:name \"x\" .");
        var update = SparqlUpdate.Parse("DELETE { ?s <http://example.org/name> ?old } INSERT { ?s <http://example.org/name> ?new } WHERE { ?s <http://example.org/name> ?old }");
        var options = new SparqlUpdateOptions();
        options.Parameters["s"] = NamedNode.Create(Ex + "a");
        options.Parameters["new"] = Literal.Create("\"} ; DROP ALL ; #");
        update.Execute(d, options);
        d.DefaultGraph.Single().Object.Should().Be(Literal.Create("\"} ; DROP ALL ; #"));

        var bad = new SparqlUpdateOptions();
        bad.Parameters["nope"] = Literal.Create("1");
        FluentActions.Invoking(() => update.Execute(d, bad)).Should().Throw<ArgumentException>().WithMessage("*?nope*");
    }

    [Test]
    public void Load_reads_local_files_and_refuses_the_network_without_a_loader()
    {
        var path = Path.Combine(Path.GetTempPath(), "kg-update-" + Guid.NewGuid().ToString("N") + ".ttl");
        File.WriteAllText(path, "<http://example.org/a> <http://example.org/p> [ <http://example.org/q> 1 ] .");
        try
        {
            var d = _datasets.Create();
            d.Update($"LOAD <{new Uri(path).AbsoluteUri}> INTO GRAPH <http://example.org/g>");
            d.Graph(NamedNode.Create(Ex + "g")).Count.Should().Be(2);

            var act = () => d.Update("LOAD <http://example.org/remote.ttl>");
            act.Should().Throw<SparqlEvaluationException>().WithMessage("*network access is off*");
            d.Update("LOAD SILENT <http://example.org/remote.ttl>");

            var options = new SparqlUpdateOptions { Loader = (iri, _) => Graph.Parse($"<{iri.Value}> <http://example.org/loaded> true .", RdfFormat.Turtle) };
            SparqlUpdate.Parse("LOAD <http://example.org/remote.ttl>").Execute(d, options);
            d.DefaultGraph.Count.Should().Be(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Graph_management_follows_the_specification()
    {
        var d = Data("ex:a ex:p 1 . ex:g { ex:a ex:p 2 }");
        d.Update("PREFIX ex: <http://example.org/> COPY DEFAULT TO ex:c ; MOVE ex:g TO ex:m ; ADD ex:m TO DEFAULT ; CREATE GRAPH ex:e");
        d.GraphNames.Select(n => n.ToString()).Should().BeEquivalentTo("<http://example.org/c>", "<http://example.org/m>", "<http://example.org/e>");
        d.DefaultGraph.Count.Should().Be(2);
        FluentActions.Invoking(() => d.Update("CREATE GRAPH <http://example.org/e>")).Should().Throw<SparqlEvaluationException>();
        d.Update("CLEAR NAMED");
        d.GraphNames.Should().HaveCount(3);
        d.Count.Should().Be(2);
        d.Update("DROP ALL");
        d.GraphNames.Should().BeEmpty();
        d.Count.Should().Be(0);
    }

    [Test]
    public void A_graph_is_updated_as_a_default_graph_and_has_no_named_graphs()
    {
        var g = _datasets.Graph();
        g.Add(NamedNode.Create(Ex + "a"), NamedNode.Create(Ex + "p"), Literal.Integer(1));
        g.Update("INSERT { ?s <http://example.org/q> ?o } WHERE { ?s <http://example.org/p> ?o }");
        g.Count.Should().Be(2);
        FluentActions.Invoking(() => g.Update("INSERT DATA { <http://example.org/x> <http://example.org/y> 1 } ; INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 } }"))
            .Should().Throw<SparqlEvaluationException>().WithMessage("*named graph*");
        g.Count.Should().Be(2);
    }

    [Test]
    public void A_parsed_update_is_reusable()
    {
        var update = SparqlUpdate.Parse("INSERT DATA { _:b <http://example.org/p> 1 }");
        var d = _datasets.Create();
        update.Execute(d);
        update.Execute(d);
        d.Count.Should().Be(2, "each execution makes a fresh blank node");
    }

    [Test]
    public void Using_named_makes_only_those_graphs_visible_to_graph_patterns()
    {
        var d = Data("ex:a ex:p 0 . ex:g { ex:a ex:p 1 } ex:h { ex:a ex:p 2 }");
        d.Update("""
            PREFIX ex: <http://example.org/>
            INSERT { ?s ex:seen ?o } USING NAMED ex:h WHERE { { ?s ex:p ?o } UNION { GRAPH ?g { ?s ex:p ?o } } }
            """);
        d.DefaultGraph.Match(null, NamedNode.Create(Ex + "seen")).Select(t => t.Object)
            .Should().Equal(Literal.Create("2", Vocab.Xsd.Integer));
    }

    [Test]
    public void A_request_that_times_out_changes_nothing()
    {
        var d = Data("ex:a ex:p 1 .");
        var options = new SparqlUpdateOptions { Timeout = TimeSpan.Zero };
        var act = () => SparqlUpdate.Parse("INSERT DATA { <http://example.org/b> <http://example.org/p> 2 } ; CLEAR ALL").Execute(d, options);
        act.Should().Throw<OperationCanceledException>();
        d.Count.Should().Be(1);
    }
}
