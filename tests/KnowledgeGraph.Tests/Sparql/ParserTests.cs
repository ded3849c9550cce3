using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Tests.Sparql;

public class ParserTests
{
    [Test]
    public void Syntax_errors_carry_line_and_column()
    {
        var act = () => SparqlQuery.Parse("SELECT * WHERE {\n  ?s ?p ?o ?x\n}");
        var e = act.Should().Throw<SparqlSyntaxException>().Which;
        e.Line.Should().Be(2);
        e.Column.Should().Be(12);
    }

    [Test]
    public void Undeclared_prefixes_are_errors()
    {
        var act = () => SparqlQuery.Parse("SELECT * { ex:a ?p ?o }");
        act.Should().Throw<SparqlSyntaxException>().WithMessage("*ex:*");
    }

    [TestCase("{", "}")]
    [TestCase("(", ")")]
    public void Ten_thousand_levels_of_nesting_give_a_clear_error(string open, string close)
    {
        var text = open == "{"
            ? "SELECT * WHERE " + string.Concat(Enumerable.Repeat("{", 10_000)) + string.Concat(Enumerable.Repeat("}", 10_000))
            : "SELECT * WHERE { FILTER(" + string.Concat(Enumerable.Repeat("(", 10_000)) + "1" + string.Concat(Enumerable.Repeat(")", 10_000)) + ") }";
        var act = () => SparqlQuery.Parse(text);
        act.Should().Throw<SparqlSyntaxException>().WithMessage("*deep*");
    }

    [Test]
    public void Long_operator_chains_are_refused_rather_than_overflowing_the_evaluator()
    {
        var text = "SELECT * WHERE { FILTER(" + string.Join(" + ", Enumerable.Repeat("1", 10_000)) + ") }";
        var act = () => SparqlQuery.Parse(text);
        act.Should().Throw<SparqlSyntaxException>().WithMessage("*deep*");
    }

    [TestCase("/")]
    [TestCase("|")]
    public void A_hundred_thousand_step_property_path_is_refused_rather_than_overflowing_the_translation(string op)
    {
        // Issue 17: a path sequence is a chain, not nesting, yet every later stage recurses on its tree.
        var text = "SELECT * WHERE { ?s " + string.Join(op, Enumerable.Repeat("<http://x/p>", 100_000)) + " ?o }";
        var act = () => SparqlQuery.Parse(text);
        act.Should().Throw<SparqlSyntaxException>().WithMessage("*property path*deep*");
    }

    [Test]
    public void A_long_but_bounded_property_path_still_runs()
    {
        var text = "ASK { ?s " + string.Join("/", Enumerable.Repeat("<http://x/p>", 900)) + " ?o }";
        SparqlQuery.Parse(text).Should().NotBeNull();
    }

    [Test]
    public void Optional_filter_becomes_the_left_join_condition()
    {
        var q = SparqlQuery.Parse("SELECT * { ?s ?p ?o OPTIONAL { ?s <http://x/q> ?v FILTER(?v > 1) } }");
        q.ToString().Should().Contain("(leftjoin").And.NotContain("(filter");
        q.Variables.Should().Equal("s", "p", "o", "v");
    }

    [Test]
    public void Scope_rules_are_enforced()
    {
        var bind = () => SparqlQuery.Parse("SELECT * { ?s ?p ?o BIND(1 AS ?o) }");
        bind.Should().Throw<SparqlSyntaxException>();
        var grouped = () => SparqlQuery.Parse("SELECT ?o { ?s ?p ?o } GROUP BY ?s");
        grouped.Should().Throw<SparqlSyntaxException>();
        var aggregateInFilter = () => SparqlQuery.Parse("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }");
        aggregateInFilter.Should().Throw<SparqlSyntaxException>();
    }

    [Test]
    public void Codepoint_escapes_are_expanded_once()
    {
        SparqlQuery.Parse("SELECT * { ?s ?p \"\\u0041\" }").Should().NotBeNull();
        var act = () => SparqlQuery.Parse("SELECT * { ?s ?p \\u005cU00000031 }");
        act.Should().Throw<SparqlSyntaxException>();
    }
}
