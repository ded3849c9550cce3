using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Tests.Sparql.Evaluation;

/// <summary>
/// The evaluator's shortcuts (id-level comparisons, memoised BIND, star lookups, id-based CONSTRUCT) must give the
/// answers of the general semantics, including their error cases.
/// </summary>
public class ShortcutTests
{
    private const string Ex = "http://ex.org/";
    private const string Prefix = "PREFIX : <http://ex.org/> ";

    private static NamedNode I(string local) => NamedNode.Create(Ex + local);

    private static List<string> Column(SparqlResult r, string v) =>
        r.ResultSet.Select(row => row[v]?.ToString() ?? "UNDEF").ToList();

    private static Graph Labels()
    {
        var g = new Graph();
        g.Add(I("a"), I("label"), Literal.CreateLanguageTagged("A", "en"));
        g.Add(I("b"), I("label"), Literal.CreateLanguageTagged("B", "zh"));
        g.Add(I("c"), I("label"), Literal.Create("C"));
        g.Add(I("d"), I("label"), I("notALiteral"));
        g.Add(I("e"), I("label"), Literal.Integer(5));
        return g;
    }

    [Test]
    public void Lang_equals_a_constant_reads_stored_and_computed_terms_alike()
    {
        var g = Labels();
        Column(g.Query(Prefix + "SELECT ?s { ?s :label ?l FILTER(lang(?l) = \"en\") }"), "s").Should().Equal("<http://ex.org/a>");
        Column(g.Query(Prefix + "SELECT ?s { ?s :label ?l FILTER(\"zh\" = lang(?l)) }"), "s").Should().Equal("<http://ex.org/b>");
        // Literals without a tag have lang ""; an IRI makes lang() an error, which drops the solution.
        Column(g.Query(Prefix + "SELECT ?s { ?s :label ?l FILTER(lang(?l) = \"\") } ORDER BY ?s"), "s")
            .Should().Equal("<http://ex.org/c>", "<http://ex.org/e>");
        Column(g.Query(Prefix + "SELECT ?s { ?s :label ?l FILTER(!(lang(?l) = \"en\")) } ORDER BY ?s"), "s")
            .Should().Equal("<http://ex.org/b>", "<http://ex.org/c>", "<http://ex.org/e>");
        // A term the store does not hold (computed by BIND) takes the other path.
        Column(g.Query(Prefix + "SELECT ?x { BIND(STRLANG(\"x\", \"de\") AS ?x) FILTER(lang(?x) = \"de\") }"), "x").Should().Equal("\"x\"@de");
    }

    [Test]
    public void Comparisons_with_a_constant_on_either_side_agree()
    {
        var g = new Graph();
        for (int i = 1; i <= 6; i++) g.Add(I("n" + i), I("v"), Literal.Integer(i));
        g.Add(I("s"), I("v"), Literal.Create("7"));
        g.Add(I("i"), I("v"), I("x"));
        var left = Column(g.Query(Prefix + "SELECT ?s { ?s :v ?v FILTER(?v > 3) } ORDER BY ?s"), "s");
        var right = Column(g.Query(Prefix + "SELECT ?s { ?s :v ?v FILTER(3 < ?v) } ORDER BY ?s"), "s");
        left.Should().Equal("<http://ex.org/n4>", "<http://ex.org/n5>", "<http://ex.org/n6>");
        right.Should().Equal(left);
        Column(g.Query(Prefix + "SELECT ?s { ?s :v ?v FILTER(?v = 2.0) }"), "s").Should().Equal("<http://ex.org/n2>");
        Column(g.Query(Prefix + "SELECT ?s { ?s :v ?v FILTER(\"7\" = ?v) }"), "s").Should().Equal("<http://ex.org/s>");
        // != holds for the IRI (not RDFterm-equal) and for the string "7" (another value space), not for 2 itself.
        Column(g.Query(Prefix + "SELECT ?s { ?s :v ?v FILTER(?v != 2) } ORDER BY ?s"), "s").Should().HaveCount(7);
    }

    [Test]
    public void Bind_of_one_variable_is_computed_per_value_but_random_functions_per_solution()
    {
        var g = new Graph();
        var r = g.Query("SELECT ?k ?s ?r { VALUES ?k { 1 2 1 2 1 2 1 2 } BIND(CONCAT(STR(?k), \"x\") AS ?s) BIND(RAND() AS ?r) }");
        Column(r, "s").Should().Equal("\"1x\"", "\"2x\"", "\"1x\"", "\"2x\"", "\"1x\"", "\"2x\"", "\"1x\"", "\"2x\"");
        Column(r, "r").Distinct().Should().HaveCountGreaterThan(2);
    }

    [Test]
    public void Count_of_a_variable_counts_bound_values_and_distinct_ones()
    {
        var g = new Graph();
        g.Add(I("a"), I("p"), I("x"));
        g.Add(I("b"), I("p"), I("x"));
        g.Add(I("c"), I("p"), I("y"));
        g.Add(I("d"), I("q"), I("z"));
        var r = g.Query(Prefix + "SELECT (COUNT(?o) AS ?n) (COUNT(DISTINCT ?o) AS ?d) (COUNT(*) AS ?all) { ?s ?any ?z OPTIONAL { ?s :p ?o } }");
        Column(r, "n").Should().Equal("\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>");
        Column(r, "d").Should().Equal("\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>");
        Column(r, "all").Should().Equal("\"4\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    }

    [Test]
    public void Group_by_a_variable_groups_equal_terms_once()
    {
        var g = new Graph();
        g.Add(I("a"), I("in"), I("x"));
        g.Add(I("b"), I("in"), I("x"));
        g.Add(I("c"), I("in"), I("y"));
        var r = g.Query(Prefix + "SELECT ?g (COUNT(?s) AS ?n) { ?s :in ?g } GROUP BY ?g ORDER BY ?g");
        Column(r, "g").Should().Equal("<http://ex.org/x>", "<http://ex.org/y>");
        Column(r, "n").Should().Equal("\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    }

    [Test]
    public void Star_joins_over_subjects_with_many_triples_find_every_combination()
    {
        var g = new Graph();
        for (int s = 0; s < 5; s++)
        {
            g.Add(I("s" + s), Vocab.Rdf.Type, I("T"));
            for (int k = 0; k < 20; k++) g.Add(I("s" + s), I("p"), Literal.Integer(k));
            for (int k = 0; k < s; k++) g.Add(I("s" + s), I("q"), Literal.Integer(k));
            g.Add(I("s" + s), I("r"), Literal.Integer(s));
        }
        var r = g.Query(Prefix + "SELECT ?s ?p ?q { ?s a :T ; :p ?p ; :q ?q ; :r 3 }");
        r.ResultSet.Count.Should().Be(20 * 3);
        Column(r, "s").Distinct().Should().Equal("<http://ex.org/s3>");
        g.Query(Prefix + "SELECT ?s { ?s a :T ; :p 19 ; :q 0 }").ResultSet.Count.Should().Be(4);
    }

    [Test]
    public void Construct_with_terms_the_store_lacks_or_holds_gives_the_same_graph()
    {
        var g = new Graph();
        g.Add(I("a"), I("knows"), I("b"));
        g.Add(I("a"), I("knows"), I("c"));
        g.Add(I("b"), I("knows"), I("c"));
        var stored = g.Query(Prefix + "CONSTRUCT { ?y :knows ?x } WHERE { ?x :knows ?y }").Graph;
        var derived = g.Query(Prefix + "CONSTRUCT { ?y :knownBy ?x . ?y :knownBy ?x } WHERE { ?x :knows ?y }").Graph;
        stored.Count.Should().Be(3);
        stored.Contains(new Triple(I("c"), I("knows"), I("b"))).Should().BeTrue();
        derived.Count.Should().Be(3);
        derived.Contains(new Triple(I("b"), I("knownBy"), I("a"))).Should().BeTrue();
        // The results are graphs of their own: adding to them leaves the queried graph alone.
        stored.Add(I("z"), I("knows"), I("a")).Should().BeTrue();
        stored.Count.Should().Be(4);
        g.Count.Should().Be(3);
        g.Contains(new Triple(I("z"), I("knows"), I("a"))).Should().BeFalse();
    }

    [Test]
    public void Id_set_keeps_each_id_once_through_growth()
    {
        var set = new IdSet();
        for (int i = -500; i <= 500; i++)
            if (i != 0) set.Add(i).Should().BeTrue();
        set.Add(7).Should().BeFalse();
        set.Add(-7).Should().BeFalse();
        set.Count.Should().Be(1000);
        set.Contains(500).Should().BeTrue();
        set.Contains(501).Should().BeFalse();
    }
}
