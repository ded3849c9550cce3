using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Hostile;

/// <summary>Issue 17: every operator loop observes the timeout, and what a query keeps in memory is bounded.</summary>
public class QueryBoundsTests
{
    private static string Values(string variable, int n) =>
        $"VALUES ?{variable} {{ {string.Join(" ", Enumerable.Range(0, n))} }}";

    private static readonly Graph s_empty = new();

    [Test]
    public void A_values_join_that_rejects_every_pair_still_times_out()
    {
        // Two VALUES blocks over the same variables with no shared row: a nested loop that yields nothing for minutes.
        var rows = string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"({i} {i + 1})"));
        var query = $"SELECT (COUNT(*) AS ?c) {{ VALUES (?a ?b) {{ {rows} }} VALUES (?b ?a) {{ {rows} }} }}";
        var options = new SparqlQueryOptions { Timeout = TimeSpan.FromMilliseconds(200) };
        var act = () => s_empty.Query(query, options);
        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Exceeding_MaxRowsInMemory_is_a_clear_error()
    {
        var options = new SparqlQueryOptions { MaxRowsInMemory = 10_000 };
        var act = () => s_empty.Query($"SELECT * {{ {Values("a", 200)} {Values("b", 200)} }}", options);
        act.Should().Throw<SparqlEvaluationException>().WithMessage("*MaxRowsInMemory*");
    }

    [TestCase("SELECT ?a { {0} {1} } ORDER BY ?b")]
    [TestCase("SELECT (COUNT(*) AS ?c) { SELECT DISTINCT ?a ?b { {0} {1} } }")]
    [TestCase("SELECT ?a (GROUP_CONCAT(?b) AS ?s) { {0} {1} } GROUP BY ?a")]
    [TestCase("SELECT (SUM(DISTINCT ?x) AS ?s) { {0} {1} BIND(?a * 1000 + ?b AS ?x) }")]
    public void Sorting_distinct_and_grouping_count_against_the_bound(string template)
    {
        var options = new SparqlQueryOptions { MaxRowsInMemory = 10_000 };
        var query = template.Replace("{0}", Values("a", 200)).Replace("{1}", Values("b", 200));
        var act = () => s_empty.Query(query, options);
        act.Should().Throw<SparqlEvaluationException>().WithMessage("*MaxRowsInMemory*");
    }

    [Test]
    public void Count_keeps_no_rows()
    {
        // The join keeps one side (200 rows); grouping that kept rows would keep 90,000.
        var options = new SparqlQueryOptions { MaxRowsInMemory = 1_000 };
        var r = s_empty.Query($"SELECT (COUNT(*) AS ?c) (COUNT(?b) AS ?d) {{ {Values("a", 300)} {Values("b", 300)} }}", options);
        r.ResultSet[0]["c"].Should().Be(Literal.Integer(90_000));
        r.ResultSet[0]["d"].Should().Be(Literal.Integer(90_000));
    }

    [Test]
    public void Count_by_group_keeps_one_entry_per_group()
    {
        var options = new SparqlQueryOptions { MaxRowsInMemory = 1_000 };
        var r = s_empty.Query($"SELECT ?a (COUNT(*) AS ?c) {{ {Values("a", 300)} {Values("b", 300)} }} GROUP BY ?a", options);
        r.ResultSet.Should().HaveCount(300);
        r.ResultSet.Should().OnlyContain(row => row["c"]!.Equals(Literal.Integer(300)));
    }

    [TestCase("SUM(?b)", "13455000")]
    [TestCase("AVG(?b)", "149.5")]
    [TestCase("MIN(?b)", "0")]
    [TestCase("MAX(?b)", "299")]
    [TestCase("SAMPLE(?b)", "0")]
    [TestCase("COUNT(DISTINCT ?b)", "300")]
    [TestCase("SUM(DISTINCT ?b)", "44850")]
    public void Aggregates_that_need_no_rows_keep_none(string aggregate, string expected)
    {
        // 90,000 solutions; with one group the aggregate keeps a running value (DISTINCT: the 300 distinct values).
        var options = new SparqlQueryOptions { MaxRowsInMemory = 1_000 };
        var r = s_empty.Query($"SELECT ({aggregate} AS ?v) {{ {Values("a", 300)} {Values("b", 300)} }}", options);
        ((Literal)r.ResultSet[0]["v"]!).LexicalForm.Should().Be(expected);
    }

    [Test]
    public void Group_concat_over_too_many_rows_fails_clearly()
    {
        // GROUP_CONCAT must hold every value it joins, so those count against the bound.
        var options = new SparqlQueryOptions { MaxRowsInMemory = 1_000 };
        var act = () => s_empty.Query($"SELECT (GROUP_CONCAT(?b) AS ?v) {{ {Values("a", 300)} {Values("b", 300)} }}", options);
        act.Should().Throw<SparqlEvaluationException>().WithMessage("*MaxRowsInMemory*");
    }

    [Test]
    public void Construct_over_a_cartesian_product_counts_its_triples()
    {
        var options = new SparqlQueryOptions { MaxRowsInMemory = 10_000 };
        var query = $"CONSTRUCT {{ ?s <http://p> ?o }} WHERE {{ {Values("a", 200)} {Values("b", 200)} BIND(IRI(CONCAT(\"http://s/\", STR(?a))) AS ?s) BIND(?b AS ?o) }}";
        var act = () => s_empty.Query(query, options);
        act.Should().Throw<SparqlEvaluationException>().WithMessage("*MaxRowsInMemory*");
    }
}
