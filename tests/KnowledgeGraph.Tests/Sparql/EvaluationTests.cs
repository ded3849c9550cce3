using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Tests.Storage;

namespace KnowledgeGraph.Tests.Sparql;

/// <summary>SPARQL query evaluation, run once in memory and once on a store on disk.</summary>
[TestFixture(StoreKind.Memory)]
[TestFixture(StoreKind.RocksDb)]
public class EvaluationTests(StoreKind store)
{
    private TestDatasets _datasets = null!;

    [SetUp]
    public void CreateDatasets() => _datasets = new TestDatasets(store);

    [TearDown]
    public void DisposeDatasets() => _datasets.Dispose();

    private const string Ex = "http://ex.org/";
    private static NamedNode I(string local) => NamedNode.Create(Ex + local);

    private Graph People()
    {
        var g = _datasets.Graph();
        g.Add(I("alice"), Vocab.Rdf.Type, I("Person"));
        g.Add(I("bob"), Vocab.Rdf.Type, I("Person"));
        g.Add(I("carol"), Vocab.Rdf.Type, I("Person"));
        g.Add(I("alice"), I("name"), Literal.Create("Alice"));
        g.Add(I("bob"), I("name"), Literal.Create("Bob"));
        g.Add(I("alice"), I("age"), Literal.Integer(30));
        g.Add(I("bob"), I("age"), Literal.Integer(25));
        g.Add(I("carol"), I("age"), Literal.Integer(35));
        g.Add(I("alice"), I("knows"), I("bob"));
        g.Add(I("bob"), I("knows"), I("carol"));
        g.Add(I("carol"), I("knows"), I("alice"));
        return g;
    }

    private static List<string> Column(SparqlResult r, string v) =>
        r.ResultSet.Select(row => row[v]?.ToString() ?? "UNDEF").ToList();

    private const string Prefix = "PREFIX : <http://ex.org/> ";

    [Test]
    public void Basic_graph_pattern_joins_on_shared_variables()
    {
        var r = People().Query(Prefix + "SELECT ?n WHERE { ?p a :Person ; :name ?n ; :age ?a }");
        Column(r, "n").Should().BeEquivalentTo("\"Alice\"", "\"Bob\"");
        r.ResultSet.Variables.Should().Equal("n");
    }

    [Test]
    public void Optional_keeps_unmatched_solutions_and_applies_its_filter_to_the_pair()
    {
        var r = People().Query(Prefix + "SELECT ?p ?n WHERE { ?p a :Person OPTIONAL { ?p :name ?n FILTER(?n != \"Bob\") } } ORDER BY ?p");
        Column(r, "n").Should().Equal("\"Alice\"", "UNDEF", "UNDEF");
    }

    [Test]
    public void Union_minus_and_not_exists()
    {
        var g = People();
        Column(g.Query(Prefix + "SELECT ?x { { ?x :name \"Alice\" } UNION { ?x :name \"Bob\" } }"), "x").Should().HaveCount(2);
        Column(g.Query(Prefix + "SELECT ?p { ?p a :Person MINUS { ?p :name ?n } }"), "p").Should().Equal("<http://ex.org/carol>");
        Column(g.Query(Prefix + "SELECT ?p { ?p a :Person FILTER NOT EXISTS { ?p :name ?n } }"), "p").Should().Equal("<http://ex.org/carol>");
        Column(g.Query(Prefix + "SELECT ?p { ?p a :Person FILTER EXISTS { ?p :knows :bob } }"), "p").Should().Equal("<http://ex.org/alice>");
    }

    [Test]
    public void Minus_without_shared_variables_removes_nothing()
    {
        People().Query(Prefix + "SELECT ?p { ?p a :Person MINUS { ?x :name ?n } }").ResultSet.Count.Should().Be(3);
    }

    [Test]
    public void Group_by_with_aggregates()
    {
        var r = People().Query(Prefix + "SELECT (COUNT(*) AS ?c) (SUM(?a) AS ?s) (MIN(?a) AS ?lo) (MAX(?a) AS ?hi) { ?p :age ?a }");
        r.ResultSet[0]["c"]!.ToString().Should().Contain("\"3\"");
        ((Literal)r.ResultSet[0]["s"]!).LexicalForm.Should().Be("90");
        ((Literal)r.ResultSet[0]["lo"]!).LexicalForm.Should().Be("25");
        ((Literal)r.ResultSet[0]["hi"]!).LexicalForm.Should().Be("35");
    }

    [Test]
    public void Count_over_no_solutions_is_zero_without_group_by_and_empty_with_it()
    {
        var g = People();
        ((Literal)g.Query(Prefix + "SELECT (COUNT(?x) AS ?c) { ?x :none ?y }").ResultSet[0]["c"]!).LexicalForm.Should().Be("0");
        g.Query(Prefix + "SELECT ?y (COUNT(?x) AS ?c) { ?x :none ?y } GROUP BY ?y").ResultSet.Count.Should().Be(0);
    }

    [Test]
    public void Property_paths_terminate_on_cycles_without_duplicates()
    {
        var g = People();
        Column(g.Query(Prefix + "SELECT ?x { :alice :knows+ ?x }"), "x").Should().BeEquivalentTo(
            "<http://ex.org/bob>", "<http://ex.org/carol>", "<http://ex.org/alice>");
        Column(g.Query(Prefix + "SELECT ?x { :alice :knows* ?x }"), "x").Should().HaveCount(3);
        Column(g.Query(Prefix + "SELECT ?x { :alice :knows/:knows ?x }"), "x").Should().Equal("<http://ex.org/carol>");
        Column(g.Query(Prefix + "SELECT ?x { :alice ^:knows ?x }"), "x").Should().Equal("<http://ex.org/carol>");
        Column(g.Query(Prefix + "SELECT ?x { :nobody :knows* ?x }"), "x").Should().Equal("<http://ex.org/nobody>");
        Column(g.Query(Prefix + "SELECT ?x { :alice !(:knows|a) ?x } ORDER BY ?x"), "x").Should().HaveCount(2);
    }

    [Test]
    public void Order_limit_offset_distinct()
    {
        var g = People();
        Column(g.Query(Prefix + "SELECT ?a { ?p :age ?a } ORDER BY DESC(?a) LIMIT 2"), "a")
            .Should().Equal(Literal.Integer(35).ToString(), Literal.Integer(30).ToString());
        Column(g.Query(Prefix + "SELECT ?a { ?p :age ?a } ORDER BY ?a OFFSET 1 LIMIT 1"), "a").Should().Equal(Literal.Integer(30).ToString());
        g.Query(Prefix + "SELECT DISTINCT ?t { ?p a ?t }").ResultSet.Count.Should().Be(1);
    }

    [Test]
    public void Bind_values_and_subquery_scope()
    {
        var g = People();
        var r = g.Query(Prefix + "SELECT ?p ?b { ?p :age ?a BIND(?a + 1 AS ?b) VALUES ?p { :alice } }");
        ((Literal)r.ResultSet.Single()["b"]!).LexicalForm.Should().Be("31");
        // ?a inside the sub-select is not projected, so it does not join with the outer ?a.
        var s = g.Query(Prefix + "SELECT ?p ?a { ?p :name ?n { SELECT ?p { ?p :age ?a } } }");
        s.ResultSet.Count.Should().Be(2);
        s.ResultSet.All(row => row["a"] is null).Should().BeTrue();
    }

    [Test]
    public void Ask_construct_and_describe()
    {
        var g = People();
        g.Query(Prefix + "ASK { :alice :knows :bob }").Boolean.Should().BeTrue();
        g.Query(Prefix + "ASK { :bob :knows :alice }").Boolean.Should().BeFalse();
        var c = g.Query(Prefix + "CONSTRUCT { ?b :knownBy ?a . ?a :tag _:t } WHERE { ?a :knows ?b }").Graph;
        c.Count.Should().Be(6);
        c.Match(null, I("tag")).Select(t => t.Object).Distinct().Count().Should().Be(3);
        g.Query(Prefix + "DESCRIBE :alice").Graph.Count.Should().Be(4);
    }

    [Test]
    public void Construct_skips_triples_with_unbound_positions()
    {
        var c = People().Query(Prefix + "CONSTRUCT { ?p :label ?n } WHERE { ?p a :Person OPTIONAL { ?p :name ?n } }").Graph;
        c.Count.Should().Be(2);
    }

    [Test]
    public void Graph_and_from_named_select_the_dataset()
    {
        var ds = _datasets.Create();
        ds.DefaultGraph.Add(I("d"), I("p"), I("o"));
        ds.GetOrCreateGraph(I("g1")).Add(I("s1"), I("p"), I("o"));
        ds.GetOrCreateGraph(I("g2")).Add(I("s2"), I("p"), I("o"));
        Column(ds.Query(Prefix + "SELECT ?s { ?s :p :o }"), "s").Should().Equal("<http://ex.org/d>");
        Column(ds.Query(Prefix + "SELECT ?g ?s { GRAPH ?g { ?s :p :o } }"), "s").Should().BeEquivalentTo("<http://ex.org/s1>", "<http://ex.org/s2>");
        Column(ds.Query(Prefix + "SELECT ?s FROM :g1 { ?s :p :o }"), "s").Should().Equal("<http://ex.org/s1>");
        Column(ds.Query(Prefix + "SELECT ?g ?s FROM NAMED :g2 { GRAPH ?g { ?s :p :o } }"), "g").Should().Equal("<http://ex.org/g2>");
    }

    [Test]
    public void Parameters_are_bound_as_terms()
    {
        var options = new SparqlQueryOptions();
        options.Parameters["n"] = Literal.Create("Bob\" } ; DROP ALL ; #");
        People().Query(Prefix + "SELECT ?p { ?p :name ?n }", options).ResultSet.Count.Should().Be(0);
        options.Parameters["n"] = Literal.Create("Bob");
        var r = People().Query(Prefix + "SELECT ?p ?n { ?p :name ?n }", options);
        Column(r, "p").Should().Equal("<http://ex.org/bob>");
        Column(r, "n").Should().Equal("\"Bob\"");
    }

    [Test]
    public void A_cartesian_product_over_a_big_graph_is_stopped_by_the_timeout()
    {
        var g = _datasets.Graph();
        for (int i = 0; i < 3000; i++) g.Add(I("s" + i), I("p"), Literal.Integer(i));
        var options = new SparqlQueryOptions { Timeout = TimeSpan.FromMilliseconds(200) };
        var act = () => g.Query("SELECT (COUNT(*) AS ?c) { ?a ?b ?c1 . ?d ?e ?f . ?g ?h ?i }", options);
        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Limit_stops_pulling_solutions()
    {
        var g = _datasets.Graph();
        for (int i = 0; i < 2000; i++) g.Add(I("s" + i), I("p"), Literal.Integer(i));
        var options = new SparqlQueryOptions { Timeout = TimeSpan.FromSeconds(20) };
        g.Query("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 10", options).ResultSet.Count.Should().Be(10);
    }
}
