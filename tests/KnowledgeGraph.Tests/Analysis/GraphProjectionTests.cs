using KnowledgeGraph.Analysis;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Export.SampleGraphs;

namespace KnowledgeGraph.Tests.Analysis;

public class GraphProjectionTests
{
    [Test]
    public void Resources_are_vertices_and_triples_are_predicate_labelled_edges()
    {
        var p = GraphProjection.From(Story());
        p.Graph.ContainsVertex(E("aws")).Should().BeTrue();
        p.Graph.ContainsVertex(D("Company")).Should().BeFalse("rdf:type is not an edge by default");
        p.Graph.Vertices.Should().NotContain(v => v is Literal);
        p.Graph.OutEdges(E("aws")).Should().ContainSingle().Which.Should().Be(new PredicateEdge(E("aws"), D("parentOrganization"), E("amazon")));

        var full = GraphProjection.From(Story(), new ProjectionOptions
        {
            IncludeLiterals = true, IncludeTypeEdges = true, IncludeProvenance = true, IncludeVocabularyValues = true, IncludeIdentityLinks = true,
        });
        full.Graph.ContainsVertex(D("Company")).Should().BeTrue();
        full.Graph.ContainsVertex(Literal.Integer(100)).Should().BeTrue();
        full.Graph.EdgeCount.Should().Be(Story().Count);
    }

    [Test]
    public void Defaults_leave_out_provenance_vocabulary_values_and_identity_links()
    {
        var triples = StoryTriples();
        triples.Add(new Triple(E("closure-aws-lab"), D("status"), D("Completed")));
        triples.Add(new Triple(E("aws"), NamedNode.Create(Schema + "sameAs"), NamedNode.Create("http://www.wikidata.org/entity/Q456157")));
        triples.Add(new Triple(E("news"), Vocab.Rdf.Type, NamedNode.Create(Schema + "NewsArticle")));
        triples.Add(new Triple(E("news"), D("mentions"), E("aws")));
        triples.Add(new Triple(E("dgl"), NamedNode.Create("http://www.w3.org/ns/prov#wasAttributedTo"), E("amazon")));
        var p = GraphProjection.From(Story(triples));
        p.Graph.ContainsVertex(D("Completed")).Should().BeFalse("a status is a value of the vocabulary, not a resource");
        p.Graph.ContainsVertex(NamedNode.Create("http://www.wikidata.org/entity/Q456157")).Should().BeFalse();
        p.Graph.ContainsVertex(E("news")).Should().BeFalse("an article is a provenance record");
        p.Graph.ContainsVertex(E("claim-1")).Should().BeFalse("a claim is a provenance record");
        p.Graph.OutEdges(E("dgl")).Should().NotContain(e => e.Predicate.Value.StartsWith("http://www.w3.org/ns/prov#"));

        var all = GraphProjection.From(Story(triples), new ProjectionOptions { IncludeProvenance = true, IncludeVocabularyValues = true, IncludeIdentityLinks = true });
        all.Graph.ContainsVertex(D("Completed")).Should().BeTrue();
        all.Graph.ContainsVertex(NamedNode.Create("http://www.wikidata.org/entity/Q456157")).Should().BeTrue();
        all.Graph.ContainsVertex(E("news")).Should().BeTrue();
    }

    [Test]
    public void Excluded_classes_leave_out_their_instances()
    {
        var p = GraphProjection.From(Story(), new ProjectionOptions { ExcludedClasses = new HashSet<string> { "dcp:Claim" } });
        p.Graph.ContainsVertex(E("claim-1")).Should().BeFalse();
        p.Graph.InDegree(BlankNode.Create("src")).Should().Be(0, "its only incoming edge came from the claim");
        p.Graph.InDegree(E("dgl")).Should().Be(0);
    }

    [Test]
    public void Shortest_path_is_explained_as_a_chain_of_predicates()
    {
        var p = GraphProjection.From(Story());
        var path = p.ShortestPath(E("aws"), E("dgl"))!;
        path.Should().NotBeNull();
        path.Predicates.Should().Equal(D("parentOrganization"), D("developedBy"));
        path.Steps.Should().OnlyContain(s => !s.Forward, "both triples point from DGL towards AWS");
        path.Explanation.Should().Be("Amazon Web Services ←[dcp:parentOrganization]— AWS Shanghai AI Lab ←[dcp:developedBy]— Deep Graph Library");
        p.ShortestPath(E("aws"), E("dgl"), directed: true).Should().BeNull();
        p.ShortestPath(E("dgl"), E("amazon"), directed: true)!.Length.Should().Be(3);
        p.ShortestPath(E("aws"), E("aws"))!.Steps.Should().BeEmpty();
        FluentActions.Invoking(() => p.ShortestPath(E("aws"), E("nowhere"))).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Weakly_connected_components_are_largest_first()
    {
        var g = Story();
        g.Add(E("island-a"), D("relatedTo"), E("island-b"));
        var withClaims = new ProjectionOptions { IncludeProvenance = true };
        var components = GraphProjection.From(g, withClaims).WeaklyConnectedComponents();
        components[0].Members.Should().Contain(new Term[] { E("aws"), E("amazon"), E("dgl"), E("closure-aws-lab"), BlankNode.Create("src") });
        components.Should().ContainSingle(c => c.Members.Contains(E("island-a"))).Which.Members.Should().Equal(E("island-a"), E("island-b"));
        components.Select(c => c.Size).Should().BeInDescendingOrder();
        components.Sum(c => c.Size).Should().Be(GraphProjection.From(g, withClaims).Graph.VertexCount);
    }

    [Test]
    public void K_hop_neighbourhood_reports_distances_and_inner_edges()
    {
        var p = GraphProjection.From(Story());
        var hood = p.Neighbourhood(E("aws-shanghai-lab"), 1);
        hood.Members.Select(m => (m.Resource, m.Distance)).Should().BeEquivalentTo(new (Term, int)[]
        {
            (E("aws-shanghai-lab"), 0), (E("aws"), 1), (E("dgl"), 1), (E("closure-aws-lab"), 1),
        });
        hood.Edges.Should().HaveCount(3);
        p.Neighbourhood(E("aws-shanghai-lab"), 2).Members.Should().Contain(m => m.Resource == E("amazon") && m.Distance == 2);
        p.Neighbourhood(E("aws-shanghai-lab"), 0).Members.Should().ContainSingle();
    }

    [Test]
    public void Degree_and_pagerank_rank_hubs_first()
    {
        var g = new Graph();
        for (int i = 0; i < 5; i++) g.Add(E("leaf" + i), D("pointsTo"), E("hub"));
        g.Add(E("hub"), D("pointsTo"), E("sink"));
        var p = GraphProjection.From(g);
        var degrees = p.DegreeCentrality();
        degrees[0].Resource.Should().Be(E("hub"));
        degrees[0].InDegree.Should().Be(5);
        degrees[0].OutDegree.Should().Be(1);
        degrees[0].Centrality.Should().BeApproximately(6.0 / 12, 1e-12);

        var ranks = p.PageRank();
        ranks.Sum(r => r.Score).Should().BeApproximately(1.0, 1e-9);
        ranks.Select(r => r.Resource).Take(2).Should().Equal(E("sink"), E("hub"));
        ranks.Skip(2).Select(r => r.Score).Should().OnlyContain(s => Math.Abs(s - ranks[2].Score) < 1e-12, "the leaves are symmetric");
    }

    [Test]
    public void Labels_and_lookup_follow_the_language()
    {
        var zh = GraphProjection.From(Story(), new ProjectionOptions { Language = "zh-Hans" });
        zh.LabelOf(E("aws")).Should().Be("亚马逊网络服务");
        zh.Find("亚马逊网络服务").Should().Be(E("aws"));
        zh.Find("ex:dgl").Should().Be(E("dgl"));
        zh.Find("no such thing").Should().BeNull();
    }
}
