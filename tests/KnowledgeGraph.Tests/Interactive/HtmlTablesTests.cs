using KnowledgeGraph.Domain;
using KnowledgeGraph.Interactive;
using KnowledgeGraph.Model;
using System.Xml.Linq;

namespace KnowledgeGraph.Tests.Interactive;

public class HtmlTablesTests
{
    private static string Table(string query) => HtmlTables.ResultSet(new Graph().Query(query).ResultSet, 100);

    [Test]
    public void Labels_and_numbers_are_plain_and_a_column_of_one_language_shows_no_tags()
    {
        var html = Table("""SELECT ?company ?people WHERE { VALUES (?company ?people) { ("IBM"@en 1800) ("Amazon Web Services"@en 12) } }""");
        html.Should().Contain("<th>company</th>").And.Contain(">IBM</span>").And.NotContain("@en").And.NotContain("xsd:integer");
        html.Should().Contain("<td style=\"text-align:right\">1800</td>", "numbers are right-aligned numbers");
    }

    [Test]
    public void A_column_mixing_languages_shows_the_tags()
    {
        var html = Table("""SELECT ?name WHERE { VALUES ?name { "Amazon"@en "亚马逊"@zh-Hans } }""");
        html.Should().Contain("<small>@zh-Hans</small>").And.Contain("<small>@en</small>");
    }

    [Test]
    public void A_non_xsd_datatype_is_still_shown_and_markup_is_escaped()
    {
        var html = Table("""SELECT ?t WHERE { VALUES ?t { "2018-23"^^<http://id.loc.gov/datatypes/edtf/EDTF> "<b>x</b>" } }""");
        html.Should().Contain("2018-23 <small>^^EDTF</small>").And.Contain("&lt;b&gt;x&lt;/b&gt;").And.NotContain("<b>x");
    }

    [Test]
    public void A_picture_of_a_subgraph_is_an_svg_with_the_expected_nodes()
    {
        var story = DecouplingGraph.Load();
        var closure = story.Query("""
            PREFIX dcp: <https://w3id.org/decoupling/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?e a ?c ; skos:prefLabel ?l ; ?p ?o . ?o a ?oc ; skos:prefLabel ?ol . }
            WHERE { ?e a dcp:Closure ; a ?c ; skos:prefLabel ?l ; ?p ?o . FILTER(isIRI(?o) && ?p != dcp:status && ?p != dcp:eventType)
                    ?o a ?oc ; skos:prefLabel ?ol . FILTER(?oc != dcp:Claim) }
            """).Graph;
        var picture = closure.ToPicture("zh-Hans");
        var svg = XDocument.Parse(picture.Svg);
        var labels = svg.Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value).ToList();
        labels.Should().Contain("AWS上海人工智能研究院解散").And.Contain("王敏捷", "labels follow the chosen language");
        picture.ToString().Should().Be(picture.Svg);
    }

    [Test]
    public void A_data_frame_renders_typed_headers_and_right_aligned_numbers()
    {
        var frame = new Graph().Query("""SELECT ?n ?name WHERE { VALUES (?n ?name) { (1800 "IBM") } }""").ResultSet.ToDataFrame();
        var html = HtmlDataFrames.Render(frame, 10);
        html.Should().Contain("n <small>long</small>").And.Contain("<td style=\"text-align:right\">1800</td>").And.Contain("<td>IBM</td>");
    }
}
