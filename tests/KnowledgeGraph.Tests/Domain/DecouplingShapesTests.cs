using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Store;
using static KnowledgeGraph.Tests.Domain.StoryFixture;

namespace KnowledgeGraph.Tests.Domain;

/// <summary>The rules of <c>ontology/decoupling-shapes.ttl</c>: the story keeps them, and breaking the story in each
/// way gives the right report.</summary>
public class DecouplingShapesTests
{
    private static readonly NamedNode SkosPrefLabel = NamedNode.Create("http://www.w3.org/2004/02/skos/core#prefLabel");
    private static readonly NamedNode SkosNote = NamedNode.Create("http://www.w3.org/2004/02/skos/core#note");
    private static readonly NamedNode SchemaSameAs = NamedNode.Create("http://schema.org/sameAs");
    private static readonly NamedNode SchemaUnitText = NamedNode.Create("http://schema.org/unitText");
    private static readonly NamedNode SchemaCurrency = NamedNode.Create("http://schema.org/currency");
    private static readonly NamedNode SchemaValue = NamedNode.Create("http://schema.org/value");
    private static readonly NamedNode BasedIn = NamedNode.Create(Dcp.Namespace + "basedIn");
    private static readonly NamedNode OriginalText = NamedNode.Create(Dcp.Namespace + "originalText");

    /// <summary>Agents the story does not yet place (issue 19; another change adds their places). The place rule
    /// (<c>dcsh:AgentPlace</c>) stays deactivated until this list is empty.</summary>
    private static Graph Broken(Action<Graph> breakIt)
    {
        var g = DecouplingGraph.Load();
        breakIt(g);
        return g;
    }

    [Test]
    public void The_story_conforms_to_the_shapes()
    {
        DecouplingGraph.Validate(Story).Should().BeEmpty();
        var data = new Graph();
        data.AddRange(Story);
        data.AddRange(DecouplingGraph.LoadOntology());
        ShaclValidator.Validate(data, new ShapesGraph(DecouplingGraph.LoadShapes())).Conforms.Should().BeTrue();
    }

    [Test]
    public void The_shipped_shapes_file_is_read_as_SHACL()
    {
        var shapes = ShapesGraph.Load(Path.Combine(TestSupport.Paths.Repo, "ontology", "decoupling-shapes.ttl"));
        shapes.ShapeCount.Should().BeGreaterThan(15);
    }

    [Test]
    public void Two_Chinese_preferred_labels_on_one_country_are_caught()
    {
        var g = Broken(g => g.Add(R("china"), SkosPrefLabel, Literal.CreateLanguageTagged("中华人民共和国", "zh-Hans")));
        var v = DecouplingGraph.Validate(g).Should().ContainSingle().Which;
        v.Focus.Should().Be(R("china"));
        v.Property.Should().Be(SkosPrefLabel);
        v.Kind.Should().Be(ViolationKind.Constraint);
        v.Message.Should().Contain("more than one skos:prefLabel in one language");
    }

    [Test]
    public void A_claim_without_its_original_text_is_caught()
    {
        var claim = R("ibm-china-rd-layoff-claim-1");
        var g = Broken(g => { foreach (var t in g.Match(claim, OriginalText).ToList()) g.Remove(t); });
        DecouplingGraph.Validate(g).Should().ContainSingle(v => v.Focus == claim && v.Property == OriginalText && v.Kind == ViolationKind.MissingProperty);
    }

    [Test]
    public void A_claim_whose_original_text_has_no_language_tag_is_caught()
    {
        var claim = R("ibm-china-rd-layoff-claim-1");
        var g = Broken(g =>
        {
            foreach (var t in g.Match(claim, OriginalText).ToList()) g.Remove(t);
            g.Add(claim, OriginalText, Literal.Create("约1800人"));
        });
        DecouplingGraph.Validate(g).Should().Contain(v => v.Focus == claim && v.Property == OriginalText);
    }

    [Test]
    public void An_event_without_participants_is_caught()
    {
        var closure = R("ibm-china-rd-closure");
        var roles = new[] { "agent", "target", "affected", "announcedBy", "closedOrganization", "foundedOrganization" }
            .Select(r => NamedNode.Create(Dcp.Namespace + r)).ToHashSet();
        var g = Broken(g => { foreach (var t in g.Match(closure).Where(t => roles.Contains(t.Predicate)).ToList()) g.Remove(t); });
        DecouplingGraph.Validate(g).Should().Contain(v => v.Focus == closure && v.Message.Contains("at least one participant"));
    }

    [Test]
    public void A_node_with_event_properties_but_no_event_type_is_caught()
    {
        var g = Broken(g => g.Add(R("ibm"), Dcp.AgentProperty, R("ibm")));
        DecouplingGraph.Validate(g).Should().Contain(v => v.Focus == R("ibm") && v.Kind == ViolationKind.Domain
                                                          && v.Message.Contains("not typed as a dcp:Event"));
    }

    [Test]
    public void A_quantity_without_a_unit_is_caught()
    {
        var q = R("ibm-china-rd-layoff-headcount");
        var g = Broken(g => g.Remove(new Triple(q, SchemaUnitText, Literal.Create("people"))));
        DecouplingGraph.Validate(g).Should().ContainSingle().Which.Message.Should().Contain("needs a unit");
    }

    [Test]
    public void A_quantity_without_a_value_is_caught()
    {
        var q = R("ibm-china-rd-layoff-headcount");
        var g = Broken(g => { foreach (var t in g.Match(q, SchemaValue).ToList()) g.Remove(t); });
        DecouplingGraph.Validate(g).Should().ContainSingle().Which.Message.Should().Contain("needs a numeric schema:value");
    }

    [Test]
    public void A_currency_that_is_not_an_ISO_code_is_caught()
    {
        var q = R("deep-graph-library-revenue");
        var g = Broken(g =>
        {
            g.Remove(new Triple(q, SchemaCurrency, Literal.Create("USD")));
            g.Add(q, SchemaCurrency, Literal.Create("dollars"));
        });
        DecouplingGraph.Validate(g).Should().ContainSingle(v => v.Property == SchemaCurrency && v.Value == Literal.Create("dollars"));
    }

    [TestCase("https://www.wikidata.org/wiki/Q3884")]
    [TestCase("http://www.wikidata.org/entity/P31")]
    [TestCase("http://www.wikidata.org/entity/Q03884")]
    public void A_Wikidata_link_of_the_wrong_form_is_caught(string iri)
    {
        var g = Broken(g => g.Add(R("amazon"), SchemaSameAs, NamedNode.Create(iri)));
        var v = DecouplingGraph.Validate(g).Should().ContainSingle().Which;
        v.Focus.Should().Be(R("amazon"));
        v.Value.Should().Be(NamedNode.Create(iri));
        v.Message.Should().Contain("Wikidata entity IRI");
    }

    [Test]
    public void A_Wikidata_link_as_a_string_is_caught()
    {
        var g = Broken(g => g.Add(R("amazon"), SchemaSameAs, Literal.Create("Q3884")));
        DecouplingGraph.Validate(g).Should().ContainSingle(v => v.Property == SchemaSameAs);
    }

    [Test]
    public void Every_organization_and_person_of_the_story_is_placed_or_says_why_not()
    {
        ValidateWithPlaceRule(Story).Results.Select(r => Dcp.IdOf(r.FocusNode)).Should().BeEmpty();
    }

    [Test]
    public void The_place_rule_catches_an_agent_without_a_place_or_note()
    {
        var placed = Story.Match(null, BasedIn).Select(t => t.Subject)
            .First(s => Story.CountMatches(s, SkosNote) == 0 && Story.CountMatches(s, NamedNode.Create(Dcp.Namespace + "placeNote")) == 0 && s is NamedNode && Story.CountMatches(s, Vocab.Rdf.Type) > 0);
        var g = Broken(g => { foreach (var t in g.Match(placed, BasedIn).ToList()) g.Remove(t); });
        ValidateWithPlaceRule(g).Results.Should().Contain(r => r.FocusNode == placed
            && r.SourceConstraintComponent.Value == "http://www.w3.org/ns/shacl#OrConstraintComponent");
    }

    /// <summary>Validates, checking that only the place rule reports anything.</summary>
    private static ValidationReport ValidateWithPlaceRule(Graph story)
    {
        var shapesGraph = DecouplingGraph.LoadShapes();
        var rule = NamedNode.Create("https://w3id.org/decoupling/shapes#AgentPlace");
        var data = new Graph();
        data.AddRange(story);
        data.AddRange(DecouplingGraph.LoadOntology());
        var report = ShaclValidator.Validate(data, new ShapesGraph(shapesGraph));
        report.Results.Where(r => !r.SourceShape.Equals(rule)).Should().BeEmpty();
        return report;
    }
}
