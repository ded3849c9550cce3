using KnowledgeGraph.Analysis;
using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Analysis;

/// <summary>The graph questions of the issue, asked of the decoupling story graph.</summary>
public class StoryGraphAnalysisTests
{
    private static readonly Lazy<GraphProjection> s_full = new(() => GraphProjection.From(DecouplingGraph.Load(),
        new ProjectionOptions { IncludeProvenance = true, IncludeVocabularyValues = true, IncludeIdentityLinks = true }));

    /// <summary>
    /// Claims are provenance, not facts: every quote of an anonymous source is a claim pointing at the source, so
    /// with claims in the graph a much-quoted consultant collects in-links like an actor. The defaults leave them out.
    /// </summary>
    private static readonly Lazy<GraphProjection> s_facts = new(() => GraphProjection.From(DecouplingGraph.Load()));

    [Test]
    public void PageRank_with_the_defaults_ranks_the_story_not_its_sources_statuses_or_identifiers()
    {
        var top = s_facts.Value.PageRank().Take(10).ToList();
        top.Should().NotContain(r => r.Resource is NamedNode && ((NamedNode)r.Resource).Value.StartsWith("http://www.wikidata.org/", StringComparison.Ordinal));
        top.Select(r => r.Label).Should().NotContain(["Asserted", "Ongoing", "Completed", "dcp:Asserted", "dcp:Ongoing", "dcp:Completed"]);
        top.Select(r => r.Resource).Should().NotContain(Dcp.Resource("silicon-valley-divide-article"));
        top.Select(r => r.Resource).Should().Contain(Dcp.Resource("china"));
    }

    [Test]
    public void The_path_from_AWS_to_the_Deep_Graph_Library_runs_through_its_Shanghai_lab()
    {
        var path = s_full.Value.ShortestPath(Dcp.Resource("aws"), Dcp.Resource("deep-graph-library"))!;
        path.Should().NotBeNull();
        path.Steps.Select(s => s.To).Should().Equal(Dcp.Resource("aws-shanghai-ai-lab"), Dcp.Resource("deep-graph-library"));
        path.Predicates.Should().Equal(Dcp.ParentOrganization, Dcp.DevelopedBy);
        path.Explanation.Should().Be("Amazon Web Services ←[dcp:parentOrganization]— AWS Shanghai AI Lab ←[dcp:developedBy]— Deep Graph Library");
    }

    [Test]
    public void AWS_IBM_and_Microsoft_rank_above_every_anonymous_source()
    {
        var ranks = s_facts.Value.PageRank();
        var graph = DecouplingGraph.Load();
        var anonymous = graph.Subjects(Vocab.Rdf.Type, Dcp.AnonymousSource).ToHashSet();
        anonymous.Should().NotBeEmpty();
        double bestAnonymous = ranks.Where(r => anonymous.Contains(r.Resource)).Max(r => r.Score);
        foreach (var id in new[] { "aws", "ibm", "microsoft" })
            ranks.Single(r => r.Resource == Dcp.Resource(id)).Score.Should().BeGreaterThan(bestAnonymous, id);
    }

    [Test]
    public void The_story_is_one_connected_graph_and_the_lab_neighbourhood_holds_its_people_and_project()
    {
        s_full.Value.WeaklyConnectedComponents().Should().ContainSingle();
        var hood = s_facts.Value.Neighbourhood(Dcp.Resource("aws-shanghai-ai-lab"), 1);
        hood.Members.Select(m => m.Resource).Should().Contain(new Term[]
        {
            Dcp.Resource("aws"), Dcp.Resource("deep-graph-library"), Dcp.Resource("minjie-wang"), Dcp.Resource("zheng-zhang"),
        });
        hood.Members.Should().OnlyContain(m => m.Distance <= 1);
        var degrees = s_facts.Value.DegreeCentrality();
        degrees.Should().BeInDescendingOrder(d => d.Degree);
    }
}
