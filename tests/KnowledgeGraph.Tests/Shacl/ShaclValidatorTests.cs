using KnowledgeGraph.Model;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Shacl;

public class ShaclValidatorTests
{
    private const string Prefixes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        """;

    private static readonly string Sh = "http://www.w3.org/ns/shacl#";

    private static NamedNode Ex(string local) => NamedNode.Create("http://example.org/" + local);

    private static ValidationReport Validate(string shapes, string data) =>
        ShaclValidator.Validate(Graph.Parse(Prefixes + data, RdfFormat.Turtle), ShapesGraph.Parse(Prefixes + shapes));

    [Test]
    public void Results_carry_focus_path_value_severity_shape_component_and_message()
    {
        var report = Validate("""
            ex:PersonShape a sh:NodeShape ; sh:targetClass ex:Person ;
                sh:property ex:AgeShape .
            ex:AgeShape sh:path ex:age ; sh:datatype xsd:integer ; sh:message "age is a whole number"@en .
            """, """
            ex:bob a ex:Person ; ex:age "twenty" .
            ex:ann a ex:Person ; ex:age 20 .
            """);
        report.Conforms.Should().BeFalse();
        var r = report.Results.Should().ContainSingle().Which;
        r.FocusNode.Should().Be(Ex("bob"));
        r.ResultPath.Should().Be(Ex("age"));
        r.Value.Should().Be(Literal.Create("twenty"));
        r.Severity.Value.Should().Be(Sh + "Violation");
        r.IsViolation.Should().BeTrue();
        r.SourceShape.Should().Be(Ex("AgeShape"));
        r.SourceConstraintComponent.Value.Should().Be(Sh + "DatatypeConstraintComponent");
        r.Messages.Should().Equal(Literal.CreateLanguageTagged("age is a whole number", "en"));
    }

    [Test]
    public void The_report_graph_is_a_W3C_validation_report()
    {
        var report = Validate("""
            ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path [ sh:inversePath ex:knows ] ; sh:minCount 1 ] .
            """, "ex:a ex:knows ex:b .");
        var g = report.ToGraph();
        var reportNode = g.Subjects(Vocab.Rdf.Type, NamedNode.Create(Sh + "ValidationReport")).Single();
        g.Objects(reportNode, NamedNode.Create(Sh + "conforms")).Single().Should().Be(Literal.Boolean(false));
        var result = g.Objects(reportNode, NamedNode.Create(Sh + "result")).Single();
        var path = g.Objects(result, NamedNode.Create(Sh + "resultPath")).Single();
        g.Objects(path, NamedNode.Create(Sh + "inversePath")).Single().Should().Be(Ex("knows"));
        report.Results[0].ResultPathText.Should().Be("^(<http://example.org/knows>)");
    }

    [Test]
    public void A_warning_is_a_result_but_not_a_violation()
    {
        var report = Validate("ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:severity sh:Warning ; sh:class ex:C .", "ex:a ex:p 1 .");
        report.Conforms.Should().BeFalse("SHACL reports conformance only when there are no results at all");
        report.Results.Single().IsViolation.Should().BeFalse();
        report.Results.Single().Severity.Value.Should().Be(Sh + "Warning");
    }

    [Test]
    public void Deactivated_shapes_are_skipped()
    {
        Validate("ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:deactivated true ; sh:class ex:C .", "ex:a ex:p 1 .")
            .Conforms.Should().BeTrue();
    }

    [Test]
    public void Sparql_constraint_messages_fill_in_bindings()
    {
        var report = Validate("""
            ex:S a sh:NodeShape ; sh:targetClass ex:Person ;
                sh:sparql [ sh:message "{$this} has no name but {?n} nicknames" ;
                            sh:select "SELECT $this (COUNT(?x) AS ?n) WHERE { $this <http://example.org/nick> ?x . FILTER NOT EXISTS { $this <http://example.org/name> ?any } } GROUP BY $this" ] .
            """, "ex:bob a ex:Person ; ex:nick \"B\", \"Bobby\" .");
        report.Results.Single().Message.Should().Be("http://example.org/bob has no name but 2 nicknames");
        report.Results.Single().SourceConstraintComponent.Value.Should().Be(Sh + "SPARQLConstraintComponent");
    }

    [Test]
    public void Sparql_targets_select_focus_nodes()
    {
        var report = Validate("""
            ex:S a sh:NodeShape ; sh:target [ a sh:SPARQLTarget ; sh:select "SELECT ?this WHERE { ?this <http://example.org/p> ?o }" ] ;
                sh:property [ sh:path ex:q ; sh:minCount 1 ] .
            """, "ex:a ex:p 1 . ex:b ex:p 2 ; ex:q 3 .");
        report.Results.Select(r => r.FocusNode).Should().Equal(Ex("a"));
    }

    [Test]
    public void Recursive_shapes_terminate()
    {
        Validate("""
            ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:next ; sh:node ex:S ] .
            """, "ex:a ex:next ex:b . ex:b ex:next ex:a .").Conforms.Should().BeTrue();
    }

    [Test]
    public void A_malformed_path_is_a_failure()
    {
        var act = () => ShapesGraph.Parse(Prefixes + "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path [ ex:bogus ex:p ] ; sh:minCount 1 ] .");
        act.Should().Throw<ShaclException>().WithMessage("*path*");
    }

    [Test]
    public void A_sparql_query_that_reports_failure_is_a_failure()
    {
        var act = () => Validate("""
            ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this ?failure WHERE { BIND (true AS ?failure) }" ] .
            """, "ex:a ex:p 1 .");
        act.Should().Throw<ShaclException>();
    }

    [Test]
    public void One_validator_validates_many_graphs_at_once()
    {
        var validator = new ShaclValidator(ShapesGraph.Parse(Prefixes + """
            ex:S a sh:NodeShape ; sh:targetClass ex:Person ; sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:maxCount 1 ] ;
                sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/age> ?a FILTER (?a < 0) }" ] .
            """));
        var graphs = Enumerable.Range(0, 16).Select(i => Graph.Parse(Prefixes + string.Join("\n",
            Enumerable.Range(0, 50).Select(j => $"ex:p{j} a ex:Person ; ex:age {(j % 5 == 0 ? -1 : j)} {(j % 3 == 0 ? "" : "; ex:name \"n\"")} ."
            )), RdfFormat.Turtle)).ToList();
        var counts = new int[graphs.Count];
        Parallel.For(0, graphs.Count, i => counts[i] = validator.Validate(graphs[i]).Results.Count);
        counts.Should().AllBeEquivalentTo(17 + 10);
    }

    [Test]
    public void Validation_stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var validator = new ShaclValidator(ShapesGraph.Parse(Prefixes + "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:class ex:C ."));
        var act = () => validator.Validate(Graph.Parse(Prefixes + "ex:a ex:p 1 .", RdfFormat.Turtle), cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
