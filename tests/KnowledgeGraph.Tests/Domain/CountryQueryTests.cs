using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Domain.StoryFixture;

namespace KnowledgeGraph.Tests.Domain;

/// <summary>Issue 19: questions asked by country, starting from the country's Wikidata item. The expected answers
/// are read off the article: Washington's export controls and research limits; Beijing's data localisation,
/// cybersecurity reviews and local-partner rule.</summary>
public class CountryQueryTests
{
    private static readonly NamedNode UnitedStates = NamedNode.Create("http://www.wikidata.org/entity/Q30");
    private static readonly NamedNode China = NamedNode.Create("http://www.wikidata.org/entity/Q148");

    [Test]
    public void Measures_by_country_from_the_Wikidata_item()
    {
        var us = Queries.MeasuresByCountry(UnitedStates);
        us.Select(m => m.Measure.Id).Should().BeEquivalentTo("us-export-controls", "us-cloud-and-research-limits");
        us.Should().OnlyContain(m => m.Agent.Actor.Id == "us-government" && m.Agent.Via.SequenceEqual(new[] { Dcp.Governs }));
        us.Single(m => m.Measure.Id == "us-export-controls").Kind.Should().Be(NamedNode.Create(Dcp.Namespace + "ExportControl"));
        us.Single(m => m.Measure.Id == "us-export-controls").Targets.Select(t => t.Id).Should().Equal("china");

        var china = Queries.MeasuresByCountry(China);
        china.Select(m => m.Measure.Id).Should().BeEquivalentTo("china-data-localization", "china-cybersecurity-review", "china-local-partner-rule");
        china.Should().OnlyContain(m => m.Agent.Actor.Id == "chinese-government" && m.Agent.Place.WikidataId == "Q148");
        china.Single(m => m.Measure.Id == "china-local-partner-rule").Targets.Select(t => t.Id).Should().Equal("foreign-cloud-providers");
    }

    [Test]
    public void The_graph_s_own_country_node_gives_the_same_answer_as_its_Wikidata_item()
    {
        Queries.MeasuresByCountry(R("united-states")).Should().BeEquivalentTo(Queries.MeasuresByCountry(UnitedStates));
        Queries.MeasuresByCountry(R("india")).Should().BeEmpty();
        Queries.MeasuresByCountry(NamedNode.Create("http://www.wikidata.org/entity/Q1")).Should().BeEmpty("no node is that item");
    }

    [Test]
    public void Actors_by_country_follow_based_in_governs_contained_in_and_membership()
    {
        var china = Queries.ActorsByCountry(China).ToDictionary(a => a.Actor.Id!);
        china.Keys.Should().BeEquivalentTo(
            "chinese-government",                                       // governs China, based in Beijing
            "alibaba-group", "baidu", "tencent", "huawei",              // based in China
            "ibm-china-rd", "chinese-genai-users",                      // based in China
            "aws-shanghai-ai-lab", "microsoft-shanghai-ai-lab", "nyu-shanghai", "shanghai-tech-consultant", // in Shanghai
            "minjie-wang", "zheng-zhang");                              // through the lab and the university
        china["chinese-government"].Via.Should().Equal(Dcp.Governs);
        china["aws-shanghai-ai-lab"].Via.Should().Equal(Dcp.BasedIn);
        china["aws-shanghai-ai-lab"].Place.Id.Should().Be("shanghai");
        china["minjie-wang"].Via.Should().Equal(Dcp.WorksFor, Dcp.BasedIn);
        china["zheng-zhang"].Via.Should().HaveCount(2).And.EndWith(Dcp.BasedIn);

        var us = Queries.ActorsByCountry(UnitedStates).Select(a => a.Actor.Id).ToList();
        us.Should().BeEquivalentTo("us-government", "washington-think-tank-researcher");
        us.Should().NotContain(new[] { "aws", "amazon", "ibm", "microsoft", "openai" }, "the article does not say where they are based");
    }

    [Test]
    public void An_actor_with_a_place_of_its_own_is_not_placed_through_its_parent()
    {
        // The AWS lab is in Shanghai; its parent AWS, which the article does not place, does not move it elsewhere,
        // and AWS is not placed in China through its lab (links are followed upwards only).
        Queries.ActorsByCountry(China).Should().NotContain(a => a.Actor.Id == "aws" || a.Actor.Id == "amazon");
    }

    [Test]
    public void Every_agent_is_placed_or_says_why_not()
    {
        var q = Queries;
        foreach (var agent in q.ActorsOfClass(Dcp.Agent))
        {
            bool placed = Story.Objects(agent.Iri, Dcp.BasedIn).Any() || Story.Objects(agent.Iri, Dcp.Governs).Any();
            bool noted = Story.Objects(agent.Iri, Dcp.PlaceNote).OfType<Literal>().Any(l => l.Language == "en");
            (placed || noted).Should().BeTrue($"{agent} needs a place or a note saying the article gives none");
            (placed && noted).Should().BeFalse($"{agent} has a place, so a note that it has none would contradict it");
        }
        foreach (var government in q.ActorsOfClass(Dcp.GovernmentBody))
            Story.Objects(government.Iri, Dcp.Governs).OfType<NamedNode>()
                .Should().ContainSingle().Which.Should().Match<NamedNode>(c => q.Describe(c).WikidataId != null, "the country carries its Wikidata item");
    }
}
