using KnowledgeGraph.Domain;
using KnowledgeGraph.Interactive;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using Microsoft.Data.Analysis;

namespace KnowledgeGraph.Tests.Interactive;

public class DataFrameTests
{
    private static SparqlResultSet Select(string query, Graph? graph = null)
    {
        graph ??= new Graph();
        return graph.Query(query).ResultSet;
    }

    [Test]
    public void Columns_are_typed_by_what_they_hold()
    {
        var frame = Select("""
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?name ?count ?ratio ?mixed ?flag ?when ?iri ?unbound WHERE {
              VALUES (?name ?count ?ratio ?mixed ?flag ?when ?iri) {
                ("Amazon Web Services"@en 1800 0.5 1 true "2025-07-22"^^xsd:date <http://example.org/aws>)
                ("亚马逊"@zh-Hans 32 "2.5E0"^^xsd:double 2.25 false "2024-08-26T10:00:00Z"^^xsd:dateTime <http://example.org/ibm>)
                (UNDEF 100 UNDEF "three" UNDEF UNDEF UNDEF)
              }
            }
            """).ToDataFrame();
        frame.Columns.Select(c => c.Name).Should().Equal("name", "count", "ratio", "mixed", "flag", "when", "iri", "unbound");
        frame.Rows.Count.Should().Be(3);
        frame["name"].Should().BeOfType<StringDataFrameColumn>();
        frame["name"][0].Should().Be("Amazon Web Services", "labels are plain text, without the language tag");
        frame["name"][1].Should().Be("亚马逊");
        frame["name"][2].Should().BeNull();
        frame["count"].Should().BeOfType<Int64DataFrameColumn>();
        frame["count"][0].Should().Be(1800L);
        ((Int64DataFrameColumn)frame["count"]).Sum().Should().Be(1932L, "numbers are numbers");
        frame["ratio"].Should().BeOfType<DoubleDataFrameColumn>("integers and decimals or doubles widen to double");
        frame["ratio"][1].Should().Be(2.5);
        frame["ratio"][2].Should().BeNull();
        frame["mixed"].Should().BeOfType<StringDataFrameColumn>("a number and a string mix into text");
        frame["mixed"][2].Should().Be("three");
        frame["flag"].Should().BeOfType<BooleanDataFrameColumn>();
        frame["flag"][0].Should().Be(true);
        frame["when"].Should().BeOfType<DateTimeDataFrameColumn>();
        frame["when"][0].Should().Be(new DateTime(2025, 7, 22, 0, 0, 0, DateTimeKind.Utc));
        frame["when"][1].Should().Be(new DateTime(2024, 8, 26, 10, 0, 0, DateTimeKind.Utc));
        frame["iri"][0].Should().Be("http://example.org/aws");
        frame["unbound"].Should().BeOfType<StringDataFrameColumn>();
        frame["unbound"].NullCount.Should().Be(3);
    }

    [Test]
    public void An_invalid_number_makes_its_column_text_rather_than_failing()
    {
        var frame = Select("""
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?n WHERE { VALUES ?n { 1 "many"^^xsd:integer } }
            """).ToDataFrame();
        frame["n"].Should().BeOfType<StringDataFrameColumn>();
        frame["n"][1].Should().Be("many");
    }

    [Test]
    public void The_story_graph_answers_in_a_frame()
    {
        var story = DecouplingGraph.Load();
        var frame = story.Query("""
            PREFIX dcp: <https://w3id.org/decoupling/ontology#>
            SELECT ?closure (COUNT(?claim) AS ?claims) WHERE { ?closure a dcp:Closure . OPTIONAL { ?claim dcp:about ?closure } }
            GROUP BY ?closure ORDER BY ?closure
            """).ToDataFrame();
        frame["claims"].Should().BeOfType<Int64DataFrameColumn>();
        frame.Rows.Count.Should().BeGreaterThan(1);
    }

    [Test]
    public void Only_select_results_have_rows()
    {
        var act = () => new Graph().Query("ASK { }").ToDataFrame();
        act.Should().Throw<InvalidOperationException>().WithMessage("*SELECT*");
    }

    [Test]
    public void A_projection_of_objects_becomes_a_typed_frame()
    {
        var frame = new[] { (Rank: 1, Label: "China", Score: 0.14), (Rank: 2, Label: "Shanghai", Score: 0.05) }
            .Select(r => new { r.Rank, Resource = r.Label, PageRank = r.Score, Iri = NamedNode.Create("http://example.org/" + r.Label) })
            .ToDataFrame();
        frame.Columns.Select(c => c.Name).Should().Equal("Rank", "Resource", "PageRank", "Iri");
        frame["Rank"].Should().BeOfType<Int64DataFrameColumn>();
        frame["PageRank"].Should().BeOfType<DoubleDataFrameColumn>();
        frame["Resource"][1].Should().Be("Shanghai");
        frame["Iri"][0].Should().Be("http://example.org/China");
    }
}
