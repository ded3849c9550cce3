using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimization;

namespace KnowledgeGraph.Tests.Sparql.Optimization;

public class PlanCacheTests
{
    private const string Ex = "http://example.org/";

    private static Dataset People(int people, int knows)
    {
        var d = new Dataset();
        var g = d.DefaultGraph;
        for (int i = 0; i < people; i++) g.Add(NamedNode.Create(Ex + "p" + i), NamedNode.Create(Ex + "name"), Literal.Create("n" + i));
        for (int i = 0; i < knows; i++) g.Add(NamedNode.Create(Ex + "p" + i), NamedNode.Create(Ex + "knows"), NamedNode.Create(Ex + "p" + (i + 1)));
        return d;
    }

    private const string Join = "PREFIX ex: <http://example.org/> SELECT ?a ?n WHERE { ?a ex:knows ?b . ?b ex:name ?n }";

    [Test]
    public void A_plan_is_reused_while_the_counts_it_was_chosen_on_hold_and_made_again_when_they_move()
    {
        var algebra = SparqlQuery.Parse(Join).Algebra;
        var cache = new PlanCache();
        long knows = 10, names = 1000;
        long Count(Term? s, Term? p, Term? o) => ((NamedNode)p!).Value.EndsWith("knows", StringComparison.Ordinal) ? knows : names;

        var first = cache.GetOrPlan(algebra, Count);
        cache.GetOrPlan(algebra, Count).Should().BeSameAs(first, "nothing changed");
        knows = 15;
        cache.GetOrPlan(algebra, Count).Should().BeSameAs(first, "a count within a factor of two keeps the plan");
        knows = 5000;
        var second = cache.GetOrPlan(algebra, Count);
        second.Should().NotBeSameAs(first, "the statistics moved");
        knows = 10;
        cache.GetOrPlan(algebra, Count).Should().BeSameAs(first, "the first plan is still kept for the first shape of data");
        knows = 0;
        cache.GetOrPlan(algebra, Count).Should().NotBeSameAs(first, "a count that became zero is a different shape");
    }

    [Test]
    public void The_cache_keeps_at_most_its_capacity()
    {
        var algebra = SparqlQuery.Parse(Join).Algebra;
        var cache = new PlanCache();
        var plans = Enumerable.Range(0, PlanCache.Capacity + 1)
            .Select(i => cache.GetOrPlan(algebra, (_, _, _) => 1L << (3 * i))).ToList();
        plans.Distinct().Should().HaveCount(PlanCache.Capacity + 1);
        cache.GetOrPlan(algebra, (_, _, _) => 1L).Should().NotBeSameAs(plans[0], "the oldest plan was dropped");
        cache.GetOrPlan(algebra, (_, _, _) => 1L << (3 * PlanCache.Capacity)).Should().BeSameAs(plans[^1]);
    }

    [Test]
    public void A_prepared_query_answers_correctly_after_updates_change_its_statistics()
    {
        var d = People(100, 3);
        var query = d.Prepare("SELECT ?a ?n WHERE { ?a ex:knows ?b . ?b ex:name ?n }".Insert(0, "PREFIX ex: <http://example.org/> "));
        query.Execute(d).ResultSet.Should().HaveCount(3);
        d.Update("PREFIX ex: <http://example.org/> INSERT { ?a ex:knows ?a } WHERE { ?a ex:name ?n }");
        query.Execute(d).ResultSet.Should().HaveCount(103);
        d.Update("PREFIX ex: <http://example.org/> DELETE WHERE { ?a ex:name ?n }");
        query.Execute(d).ResultSet.Should().BeEmpty();
    }

    [Test]
    public void Query_text_is_parsed_again_when_the_data_prefixes_change()
    {
        var d = People(2, 0);
        d.Prefixes.Add("x", Ex);
        d.Query("SELECT ?n WHERE { x:p1 x:name ?n }").ResultSet.Should().ContainSingle();
        d.Prefixes.Add("x", "http://elsewhere.org/");
        d.Query("SELECT ?n WHERE { x:p1 x:name ?n }").ResultSet.Should().BeEmpty();
        d.Prepare("SELECT ?n WHERE { x:p1 x:name ?n }").Execute(d).ResultSet.Should().BeEmpty();
    }

    [Test]
    public void One_prepared_query_runs_on_many_threads_while_a_writer_adds_data()
    {
        var d = People(200, 50);
        var query = SparqlQuery.Parse(Join);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (int i = 0; i < 50 && !stop.IsCancellationRequested; i++)
                d.Update($"PREFIX ex: <http://example.org/> INSERT DATA {{ ex:p{50 + i} ex:knows ex:p{51 + i} }}");
        });
        var counts = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ => counts.Add(query.Execute(d).ResultSet.Count));
        writer.Wait();
        counts.Should().OnlyContain(c => c >= 50 && c <= 100);
        query.Execute(d).ResultSet.Should().HaveCount(100);
    }
}
