using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Sparql.Optimization;

public class OptimizerRuleTests
{
    private const string Ex = "http://ex.org/";

    private static (Graph Graph, OptimizerContext Context) Data()
    {
        var g = new Graph();
        for (int i = 0; i < 50; i++) g.Add(NamedNode.Create(Ex + "s" + i), NamedNode.Create(Ex + "common"), Literal.Integer(i));
        g.Add(NamedNode.Create(Ex + "s1"), NamedNode.Create(Ex + "rare"), Literal.Create("x"));
        return (g, new OptimizerContext(QueryDatasetView.Whole(g.Owner.Store.Read())));
    }

    private static AlgebraNode Algebra(string query) => SparqlQuery.Parse("PREFIX : <" + Ex + "> " + query).Algebra;

    [Test]
    public void Constant_folding_evaluates_constant_subexpressions_once()
    {
        var (_, context) = Data();
        var folded = new ConstantFolding().Optimize(Algebra("SELECT * { ?s :common ?o FILTER(?o > 1 + 2) }"), context);
        folded.ToString().Should().Contain("(> ?o \"3\"^^<http://www.w3.org/2001/XMLSchema#integer>)");
    }

    [Test]
    public void Constant_folding_leaves_non_deterministic_calls_alone()
    {
        var (_, context) = Data();
        var folded = new ConstantFolding().Optimize(Algebra("SELECT * { BIND(STRUUID() AS ?u) }"), context);
        folded.ToString().Should().Contain("(struuid)");
    }

    [Test]
    public void Filter_push_down_moves_a_conjunct_to_the_join_side_that_binds_its_variables()
    {
        var (_, context) = Data();
        var algebra = Algebra("SELECT * { ?s :common ?o { SELECT ?t { ?t :rare ?x } } FILTER(?o > 3 && ?t != :s2) }");
        var pushed = new FilterPushDown().Optimize(algebra, context).ToString();
        pushed.Should().NotContain("(filter (&&");
        pushed.IndexOf("(filter (> ?o", StringComparison.Ordinal).Should().BeLessThan(pushed.IndexOf("(tomultiset", StringComparison.Ordinal));
    }

    [Test]
    public void Bgp_ordering_puts_the_most_selective_pattern_first()
    {
        var (_, context) = Data();
        var ordered = new BgpJoinOrdering().Optimize(Algebra("SELECT * { ?s :common ?o . ?s :rare ?x }"), context);
        var bgp = (Bgp)((Project)ordered).Inner;
        bgp.Patterns[0].Predicate.Term!.Should().Be(NamedNode.Create(Ex + "rare"));
    }

    [Test]
    public void Join_reordering_starts_with_a_path_anchored_at_a_constant()
    {
        var (_, context) = Data();
        var reordered = new JoinReordering().Optimize(Algebra("SELECT * { ?a :common+ ?b . ?b :common* :s3 }"), context);
        var join = (Join)((Project)reordered).Inner;
        ((PathPattern)join.Left).Object.Term.Should().Be(NamedNode.Create(Ex + "s3"));
    }

    [Test]
    public void Join_algorithm_is_hash_for_unrelated_sides_and_nested_loop_for_shared_variables()
    {
        var (_, context) = Data();
        var rule = new JoinAlgorithmSelection();
        var cross = (Join)((Project)rule.Optimize(Algebra("SELECT * { ?a :common ?b . ?c :rare* ?d }"), context)).Inner;
        cross.Strategy.Should().Be(JoinStrategy.Hash);
        var shared = (Join)((Project)rule.Optimize(Algebra("SELECT * { ?a :common ?b . ?b :rare* ?d }"), context)).Inner;
        shared.Strategy.Should().Be(JoinStrategy.NestedLoop);
    }

    [Test]
    public void Optimised_and_unoptimised_plans_give_the_same_answers()
    {
        var (g, context) = Data();
        const string query = "PREFIX : <" + Ex + "> SELECT ?s ?o { ?s :common ?o OPTIONAL { ?s :rare ?x } FILTER(?o < 10 && !BOUND(?x)) MINUS { ?s :common 3 } } ORDER BY ?o";
        var result = g.Query(query);
        result.ResultSet.Select(r => ((Literal)r["o"]!).LexicalForm).Should().Equal("0", "2", "4", "5", "6", "7", "8", "9");
        _ = context;
    }
}
