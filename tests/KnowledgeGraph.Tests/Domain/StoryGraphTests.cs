using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Domain.StoryFixture;

namespace KnowledgeGraph.Tests.Domain;

public class StoryGraphTests
{
    private static readonly NamedNode SameAs = NamedNode.Create("http://schema.org/sameAs");

    [TestCase("amazon", "Q3884")]
    [TestCase("aws", "Q456157")]
    [TestCase("ibm", "Q37156")]
    [TestCase("microsoft", "Q2283")]
    [TestCase("openai", "Q21708200")]
    [TestCase("alibaba-group", "Q1359568")]
    [TestCase("baidu", "Q14772")]
    [TestCase("tencent", "Q860580")]
    [TestCase("huawei", "Q160120")]
    [TestCase("shanghai", "Q8686")]
    [TestCase("china", "Q148")]
    [TestCase("united-states", "Q30")]
    [TestCase("india", "Q668")]
    [TestCase("southeast-asia", "Q11708")]
    [TestCase("australia", "Q408")]
    [TestCase("ireland", "Q27")]
    [TestCase("washington-dc", "Q61")]
    [TestCase("beijing", "Q956")]   // issue 19: the seat of the Chinese government, as 华盛顿 is of the US government
    public void The_issue_s_Wikidata_items_are_linked(string id, string item)
    {
        Story.Objects(R(id), SameAs).Should().Equal(NamedNode.Create("http://www.wikidata.org/entity/" + item));
    }

    [Test]
    public void No_other_Wikidata_items_are_claimed()
    {
        Story.Match(null, SameAs).Should().HaveCount(18, "only the items the issues list are linked; none are guessed");
    }

    [Test]
    public void Every_quote_date_and_quantity_wording_occurs_verbatim_in_the_article()
    {
        var article = Article;
        var texts = Story.Match(null, Dcp.OriginalText).Select(t => ((Literal)t.Object).LexicalForm).Distinct().ToList();
        texts.Should().HaveCountGreaterThan(40);
        texts.Where(t => !article.Contains(t, StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void Every_event_is_backed_by_a_claim_stated_in_the_article()
    {
        var events = Story.Match(null, Vocab.Rdf.Type).Where(t => ((NamedNode)t.Object).Value.StartsWith(Dcp.Namespace)
            && new[] { "Event", "Founding", "Closure", "Layoff", "Relocation", "ServiceRestriction", "PolicyMeasure", "MarketSubstitution" }
                .Contains(((NamedNode)t.Object).Value[Dcp.Namespace.Length..])).Select(t => t.Subject).ToList();
        events.Should().HaveCountGreaterThanOrEqualTo(16);
        foreach (var e in events)
        {
            var claims = Story.Subjects(Dcp.About, e).ToList();
            claims.Should().NotBeEmpty($"{e} needs a claim");
            claims.Should().OnlyContain(c => Story.Objects(c, Dcp.StatedIn).Contains(R(DecouplingStory.ArticleId)));
        }
    }

    [Test]
    public void Every_labelled_node_has_one_English_and_one_Chinese_label()
    {
        var prefLabel = NamedNode.Create("http://www.w3.org/2004/02/skos/core#prefLabel");
        foreach (var node in Story.Match(null, prefLabel).Select(t => t.Subject).Distinct())
        {
            var langs = Story.Objects(node, prefLabel).Cast<Literal>().Select(l => l.Language).ToList();
            langs.Should().BeEquivalentTo(new[] { "en", "zh-Hans" }, $"{node}");
        }
    }

    [Test]
    public void Vague_statements_stay_vague()
    {
        string Edtf(string eventId) => ((Literal)Story.Objects(Story.Objects(R(eventId), Dcp.HasTime).Single(), Dcp.Edtf).Single()).LexicalForm;
        Edtf("aws-shanghai-ai-lab-founding").Should().Be("2018-23", "the article says autumn 2018");
        Edtf("ibm-china-rd-closure").Should().Be("XXXX-03", "the article says 'this March' without a year");
        Edtf("openai-china-api-cutoff").Should().Be("2025-07/..", "from July 2025 on");
        Story.Objects(R("aws-shanghai-ai-lab-closure"), Dcp.HasTime).Should().BeEmpty("the article gives no date for the closure");

        var headcount = Story.Objects(R("ibm-china-rd-layoff"), Dcp.Headcount).Single();
        Story.Objects(headcount, NamedNode.Create("http://schema.org/value")).Should().Equal(Literal.Integer(1800));
        Story.Objects(headcount, Dcp.IsApproximate).Should().Equal(Literal.Boolean(true));

        var revenueClaims = Story.Subjects(Dcp.About, R("deep-graph-library"))
            .Where(c => Story.Objects(c, Dcp.OriginalText).Cast<Literal>().Any(l => l.LexicalForm.Contains("10亿美元"))).ToList();
        revenueClaims.Should().ContainSingle();
        Story.Objects(revenueClaims[0], Dcp.Hedging).Should().Equal(new[] { Dcp.Reported }, "据报道 = reportedly");
        Story.Objects(R("microsoft-shanghai-ai-lab-closure"), Dcp.Status).Should().Equal(new[] { Dcp.Ongoing }, "the lab is closing gradually");
    }

    [Test]
    public void Load_returns_an_independent_graph_each_time()
    {
        var a = DecouplingGraph.Load();
        var b = DecouplingGraph.Load();
        a.Should().NotBeSameAs(b);
        a.Count.Should().Be(b.Count);
        a.IsIsomorphicWith(b).Should().BeTrue();
        a.Select(t => t.ToString()).Should().BeEquivalentTo(b.Select(t => t.ToString()), "ids are stable across builds");
    }

    [Test]
    public void The_story_graph_validates_clean_against_the_ontology()
    {
        DecouplingGraph.Validate(Story).Select(v => v.ToString()).Should().BeEmpty();
    }
}

public class StoryGraphSerializationTests
{
    [TestCase("turtle")]
    [TestCase("ntriples")]
    public void The_story_graph_round_trips_through_our_writer_and_reader(string format)
    {
        var rdf = KnowledgeGraph.Syntax.RdfFormat.FromName(format)!;
        var story = StoryFixture.Story;
        var text = story.ToString(rdf);
        var back = KnowledgeGraph.Graph.Parse(text, rdf);
        back.Count.Should().Be(story.Count);
        back.IsIsomorphicWith(story).Should().BeTrue();
        if (format == "turtle") text.Should().Contain("@prefix dcpr: <https://w3id.org/decoupling/id/>");
    }
}
