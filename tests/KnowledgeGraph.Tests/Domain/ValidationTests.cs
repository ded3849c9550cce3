using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Domain.StoryFixture;

namespace KnowledgeGraph.Tests.Domain;

public class ValidationTests
{
    private static Graph BrokenStory(Action<Graph> breakIt)
    {
        var g = DecouplingGraph.Load();
        breakIt(g);
        return g;
    }

    private static IReadOnlyList<OntologyViolation> Validate(Graph g) => DecouplingGraph.Validate(g);

    [Test]
    public void A_closure_without_an_agent_is_caught()
    {
        var g = BrokenStory(g => g.Remove(new Triple(R("ibm-china-rd-closure"), Dcp.AgentProperty, R("ibm"))));
        var v = Validate(g).Should().ContainSingle().Which;
        v.Kind.Should().Be(ViolationKind.MissingProperty);
        v.Focus.Should().Be(R("ibm-china-rd-closure"));
        v.Property.Should().Be(Dcp.AgentProperty);
        v.ToString().Should().Be("dcpr:ibm-china-rd-closure: MissingProperty: a dcp:Closure needs at least 1 dcp:agent.");
    }

    [Test]
    public void A_policy_measure_without_its_kind_is_caught()
    {
        // The ontology defines a policy measure's kind by dcp:eventType and requires it; other events may leave it out.
        var g = BrokenStory(g =>
        {
            foreach (var t in g.Match(R("china-data-localization"), Dcp.EventTypeProperty).ToList()) g.Remove(t);
        });
        var v = Validate(g).Should().ContainSingle().Which;
        v.Kind.Should().Be(ViolationKind.MissingProperty);
        v.Focus.Should().Be(R("china-data-localization"));
        v.Property.Should().Be(Dcp.EventTypeProperty);
    }

    [Test]
    public void A_service_restriction_without_a_target_is_caught()
    {
        var g = BrokenStory(g => g.Remove(new Triple(R("openai-china-api-cutoff"), Dcp.Target, R("mainland-china"))));
        Validate(g).Should().ContainSingle(v => v.Kind == ViolationKind.MissingProperty && v.Property == Dcp.Target);
    }

    [Test]
    public void A_closed_organization_counts_as_the_closure_s_target()
    {
        // dcp:closedOrganization is a subproperty of dcp:target, so a closure with one satisfies a target requirement.
        var ontology = TestOntology.Graph;
        var extended = new Graph();
        extended.AddRange(ontology);
        var restriction = BlankNode.Create("needsTarget");
        extended.Add(Dcp.Closure, Vocab.Rdfs.SubClassOf, restriction);
        extended.Add(restriction, NamedNode.Create("http://www.w3.org/2002/07/owl#onProperty"), Dcp.Target);
        extended.Add(restriction, NamedNode.Create("http://www.w3.org/2002/07/owl#minCardinality"), Literal.Integer(1));
        DecouplingGraph.Validate(Story, extended).Should().BeEmpty();
    }

    [Test]
    public void An_event_no_claim_backs_is_caught()
    {
        var g = BrokenStory(g =>
        {
            foreach (var claim in g.Subjects(Dcp.About, R("ibm-china-rd-layoff")).ToList())
                g.Remove(new Triple(claim, Dcp.About, R("ibm-china-rd-layoff")));
        });
        var violations = Validate(g);
        violations.Should().Contain(v => v.Focus == R("ibm-china-rd-layoff") && v.Kind == ViolationKind.MissingProperty
                                         && v.Message.Contains("no claim with a source backs it"));
        violations.Should().Contain(v => v.Focus == R("ibm-china-rd-layoff-claim-1"), "the claim is now about nothing");
    }

    [Test]
    public void A_claim_without_a_source_is_caught()
    {
        var claim = R("ibm-china-rd-layoff-claim-1");
        var g = BrokenStory(g => g.Remove(new Triple(claim, Dcp.StatedIn, R(DecouplingStory.ArticleId))));
        var violations = Validate(g);
        violations.Should().HaveCount(2);
        violations.Should().Contain(v => v.Focus == claim && v.Property == Dcp.StatedIn);
        violations.Should().Contain(v => v.Focus == R("ibm-china-rd-layoff") && v.Message.Contains("no claim with a source backs it"),
            "the layoff's only claim has no source");
    }

    [Test]
    public void A_value_outside_the_range_is_caught()
    {
        var g = BrokenStory(g => g.Add(R("ibm-china-rd-closure"), Dcp.AgentProperty, R("china")));
        var v = Validate(g).Should().ContainSingle().Which;
        v.Kind.Should().Be(ViolationKind.Range);
        v.Value.Should().Be(R("china"));
        v.ToString().Should().Contain("dcpr:china").And.Contain("dcp:Agent").And.Contain("dcp:Country");
    }

    [Test]
    public void A_subject_outside_the_domain_is_caught()
    {
        var g = BrokenStory(g => g.Add(R("china"), Dcp.Heads, R("ibm")));
        Validate(g).Should().ContainSingle(v => v.Kind == ViolationKind.Domain && v.Focus == R("china"));
    }

    [Test]
    public void A_literal_of_the_wrong_datatype_is_caught()
    {
        var g = BrokenStory(g => g.Add(R("ibm-china-rd"), Dcp.OperatingDuration, Literal.Integer(32)));
        Validate(g).Should().ContainSingle(v => v.Kind == ViolationKind.Range && v.Property == Dcp.OperatingDuration);
    }

    [Test]
    public void Misspelt_terms_and_untyped_nodes_are_caught()
    {
        var g = BrokenStory(g =>
        {
            g.Add(R("ibm-china-rd-closure"), NamedNode.Create(Dcp.Namespace + "agnet"), R("ibm"));
            g.Add(R("mystery"), Dcp.BasedIn, R("china"));
            g.Add(R("ghost"), Vocab.Rdf.Type, NamedNode.Create(Dcp.Namespace + "Startup"));
        });
        var kinds = Validate(g).Select(v => (v.Kind, v.Focus)).ToList();
        kinds.Should().Contain((ViolationKind.UnknownTerm, R("ibm-china-rd-closure")));
        kinds.Should().Contain((ViolationKind.UnknownTerm, R("ghost")));
        kinds.Should().Contain((ViolationKind.Untyped, R("mystery")));
    }

    [Test]
    public void A_graph_built_with_the_builder_is_valid()
    {
        var b = new KnowledgeGraphBuilder();
        var a = b.NewsArticle("a", "zh-Hans");
        var org = b.Company("acme", ("Acme", "en"), ("阿克米", "zh-Hans")).PlaceNote("The article does not say where Acme is based.", "en");
        var lab = b.ResearchLab("acme-lab", ("Acme Lab", "en"), ("阿克米实验室", "zh-Hans")).ParentOrganization(org).BasedIn(b.City("x", ("X", "en"), ("某市", "zh-Hans")));
        b.Closure("acme-lab-closure").Agent(org).Closed(lab).At("2024-05").Claim(a, "关闭");
        Validate(b.Build()).Should().BeEmpty();
    }

    [Test]
    public void An_agent_without_a_place_or_a_note_is_caught()
    {
        var g = BrokenStory(g => g.Remove(new Triple(R("ibm-china-rd"), Dcp.BasedIn, R("china"))));
        var v = Validate(g).Should().ContainSingle().Which;
        v.Kind.Should().Be(ViolationKind.MissingProperty);
        v.Focus.Should().Be(R("ibm-china-rd"));
        v.ToString().Should().Be("dcpr:ibm-china-rd: MissingProperty: an organization or person needs a dcp:basedIn place, a dcp:governs country or a dcp:placeNote that says why it has none.");
    }

    [Test]
    public void A_government_body_that_governs_no_country_is_caught()
    {
        var g = BrokenStory(g => g.Remove(new Triple(R("us-government"), Dcp.Governs, R("united-states"))));
        Validate(g).Should().ContainSingle(v => v.Focus == R("us-government") && v.Property == Dcp.Governs,
            "a government body must govern a country even when it is based somewhere");
    }

    [Test]
    public void Only_a_government_body_governs_a_place()
    {
        var b = new KnowledgeGraphBuilder();
        var china = b.Country("cn", ("China", "en"), ("中国", "zh-Hans"));
        b.Invoking(x => x.Company("acme", ("Acme", "en"), ("阿克米", "zh-Hans")).Governs(china)).Should().Throw<GraphBuildException>()
            .WithMessage("*Only a government body governs a place*");
    }
}
