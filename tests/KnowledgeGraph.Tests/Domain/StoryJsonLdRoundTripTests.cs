using KnowledgeGraph.Domain;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Tests.Domain;

/// <summary>Issue 6: Turtle → JSON-LD → Turtle is isomorphic for the story graph (and the ontology).</summary>
public class StoryJsonLdRoundTripTests
{
    [Test]
    public void The_story_graph_survives_turtle_to_json_ld_to_turtle()
    {
        var story = DecouplingGraph.Load();
        var turtle = story.ToString(RdfFormat.Turtle);
        var fromTurtle = Graph.Parse(turtle, RdfFormat.Turtle);
        var jsonLd = fromTurtle.ToString(RdfFormat.JsonLd);
        var back = Graph.Parse(Graph.Parse(jsonLd, RdfFormat.JsonLd).ToString(RdfFormat.Turtle), RdfFormat.Turtle);

        back.Count.Should().Be(story.Count);
        back.IsIsomorphicWith(story).Should().BeTrue();
        jsonLd.Should().Contain("\"@context\"").And.Contain("zh-Hans");
    }

    [Test]
    public void The_ontology_survives_turtle_to_json_ld_to_turtle()
    {
        var ontology = DecouplingGraph.LoadOntology();
        var back = Graph.Parse(ontology.ToString(RdfFormat.JsonLd), RdfFormat.JsonLd);
        back.IsIsomorphicWith(ontology).Should().BeTrue();
    }
}
