using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using static KnowledgeGraph.Tests.Domain.StoryFixture;

namespace KnowledgeGraph.Tests.Domain;

public class QueryTests
{
    [Test]
    public void Actors_by_class_include_subclasses()
    {
        var q = Queries;
        var companies = q.ActorsOfClass(Dcp.Company).Select(c => c.Id).ToList();
        companies.Should().BeEquivalentTo(new[] { "alibaba-group", "amazon", "aws", "baidu", "huawei", "ibm", "microsoft", "openai", "tencent" });
        var organizations = q.ActorsOfClass(Dcp.Organization).Select(c => c.Id).ToList();
        organizations.Should().Contain(companies).And.Contain(new[] { "aws-shanghai-ai-lab", "ibm-china-rd", "nyu-shanghai", "us-government", "chinese-government" });
        var people = q.ActorsOfClass(Dcp.Person);
        people.Should().Contain(p => p.Id == "minjie-wang" && p.ChineseLabel == "王敏捷");
        people.Where(p => p.Class == Dcp.AnonymousSource).Should().HaveCount(6, "six sources are quoted without a name");
        q.ActorsOfClass(Dcp.Country).Single(c => c.Id == "china").WikidataId.Should().Be("Q148");
    }

    [Test]
    public void Events_involving_an_actor_list_every_role()
    {
        var involvements = Queries.EventsInvolving(R("minjie-wang"));
        involvements.Should().ContainSingle();
        involvements[0].Event.Id.Should().Be("aws-shanghai-ai-lab-closure");
        involvements[0].Roles.Should().Equal(Dcp.AnnouncedBy);

        var ibm = Queries.EventsInvolving(R("ibm")).Select(i => i.Event.Id).ToList();
        ibm.Should().BeEquivalentTo(new[] { "ibm-china-rd-closure", "ibm-china-rd-layoff" });

        var lab = Queries.EventsInvolving(R("aws-shanghai-ai-lab"));
        lab.Select(i => (i.Event.Id, i.Roles.Single())).Should().BeEquivalentTo(new[]
        {
            ("aws-shanghai-ai-lab-founding", Dcp.FoundedOrganization),
            ("aws-shanghai-ai-lab-closure", Dcp.ClosedOrganization),
        });
        lab[0].Event.Id.Should().Be("aws-shanghai-ai-lab-founding", "the dated founding comes before the undated closure");

        var china = Queries.EventsInvolving(R("china")).Select(i => i.Event.Id).ToList();
        china.Should().Contain(new[] { "us-export-controls", "ibm-china-rd-closure", "western-retrenchment-from-china", "chinese-firms-fill-the-gap" });
    }

    [Test]
    public void The_timeline_orders_partial_dates_and_puts_unknown_years_last()
    {
        var all = Queries.Timeline();
        all.Select(e => e.Event.Id).Should().Equal(
            "aws-shanghai-ai-lab-founding",     // 2018-23: autumn 2018
            "western-retrenchment-from-china",  // 2024/2025
            "openai-china-api-cutoff",          // 2025-07/..
            "ibm-china-rd-closure");            // XXXX-03: the year is not stated
        all[0].Earliest.Should().Be(new DateOnly(2018, 9, 1));
        all[2].Latest.Should().BeNull("the cut-off has no end");
        all[3].YearUnknown.Should().BeTrue();
        all.Take(3).Should().OnlyContain(e => !e.YearUnknown);
    }

    [Test]
    public void The_timeline_between_two_dates_keeps_overlapping_spans()
    {
        var q = Queries;
        q.Timeline(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), includeUnknownYear: false)
            .Select(e => e.Event.Id).Should().Equal("western-retrenchment-from-china", "openai-china-api-cutoff");
        q.Timeline(new DateOnly(2018, 10, 1), new DateOnly(2018, 10, 31))
            .Select(e => e.Event.Id).Should().Equal("aws-shanghai-ai-lab-founding", "ibm-china-rd-closure");
        q.Timeline(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 1), includeUnknownYear: false)
            .Select(e => e.Event.Id).Should().Equal("openai-china-api-cutoff");
        q.Invoking(x => x.Timeline(new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1))).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Claims_about_a_node_come_with_source_hedging_and_speaker()
    {
        var claims = Queries.ClaimsAbout(R("deep-graph-library"));
        claims.Should().HaveCount(3);
        claims.Should().OnlyContain(c => c.Article == R(DecouplingStory.ArticleId));
        var reported = claims.Single(c => c.Hedging == Dcp.Reported);
        reported.OriginalText.Should().Be("据报道为亚马逊的电商业务创造了近10亿美元的收入");
        reported.AttributedTo.Should().BeNull();
        var wang = claims.Single(c => c.Hedging == Dcp.OnRecord);
        wang.AttributedTo!.Id.Should().Be("minjie-wang");
        wang.IsAnonymous.Should().BeFalse();
        var expert = claims.Single(c => c.Hedging == Dcp.AnonymousAttribution);
        expert.IsAnonymous.Should().BeTrue();
        expert.AttributedTo!.ChineseLabel.Should().Be("国际科技政策专家");
        expert.Summary.Should().Contain("regional versions");
    }

    [Test]
    public void Claims_from_anonymous_sources_are_listed_with_their_speakers()
    {
        var claims = Queries.ClaimsFromAnonymousSources();
        claims.Should().OnlyContain(c => c.IsAnonymous && c.Hedging == Dcp.AnonymousAttribution);
        claims.Select(c => c.AttributedTo!.Id).Distinct().Should().HaveCount(6);
        claims.Should().Contain(c => c.AttributedTo!.Id == "investment-strategist" && c.About.Contains(R("rd-investment-shift-to-india-and-southeast-asia")));
    }

    [Test]
    public void The_neighbourhood_grows_with_the_number_of_hops()
    {
        var q = Queries;
        var zero = q.NeighbourhoodOf(R("aws-shanghai-ai-lab"), 0);
        zero.Nodes.Should().ContainSingle().Which.Distance.Should().Be(0);
        zero.Edges.Should().BeEmpty();

        var one = q.NeighbourhoodOf(R("aws-shanghai-ai-lab"), 1);
        one.Nodes.Where(n => n.Distance == 1).Select(n => n.Node.Id).Should().BeEquivalentTo(new[]
        {
            "aws", "shanghai", "zheng-zhang", "minjie-wang", "deep-graph-library",
            "aws-shanghai-ai-lab-founding", "aws-shanghai-ai-lab-closure",
        });
        one.Edges.Should().Contain(new NeighbourEdge(R("aws-shanghai-ai-lab"), Dcp.ParentOrganization, R("aws")));
        one.Nodes.Should().NotContain(n => n.Node.Id!.Contains("claim") || n.Node.Id!.Contains("publication-count"));

        var two = q.NeighbourhoodOf(R("aws-shanghai-ai-lab"), 2);
        two.Nodes.Where(n => n.Distance == 2).Select(n => n.Node.Id).Should().Contain(new[] { "amazon", "china", "nyu-shanghai" });
        two.Edges.Should().Contain(new NeighbourEdge(R("aws"), Dcp.ParentOrganization, R("amazon")));

        var withProvenance = q.NeighbourhoodOf(R("aws-shanghai-ai-lab"), 1, includeProvenance: true);
        withProvenance.Nodes.Should().Contain(n => n.Node.Id == "aws-shanghai-ai-lab-claim-1");
        q.Invoking(x => x.NeighbourhoodOf(R("aws"), -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Organisations_that_closed_or_moved_research_units_out_of_China()
    {
        var withdrawals = Queries.WithdrawalsFrom(R("china"));
        withdrawals.Select(w => (w.Organization.Id, w.Kind, w.Unit?.Id)).Should().BeEquivalentTo(new[]
        {
            ("aws", WithdrawalKind.Closure, (string?)"aws-shanghai-ai-lab"),
            ("ibm", WithdrawalKind.Closure, "ibm-china-rd"),
            ("microsoft", WithdrawalKind.Closure, "microsoft-shanghai-ai-lab"),
            ("microsoft", WithdrawalKind.Relocation, "microsoft-shanghai-ai-lab"),
            ("western-tech-giants", WithdrawalKind.Relocation, null),
        });
        withdrawals.Single(w => w.Organization.Id == "ibm").Event.Time!.Text.Should().Be("XXXX-03");
        Queries.WithdrawalsFrom(R("india")).Should().BeEmpty();
    }
}
