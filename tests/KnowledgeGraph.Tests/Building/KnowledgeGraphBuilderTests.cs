using KnowledgeGraph.Building;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Building;

public class KnowledgeGraphBuilderTests
{
    private static readonly NamedNode PrefLabel = NamedNode.Create("http://www.w3.org/2004/02/skos/core#prefLabel");
    private static readonly NamedNode SameAs = NamedNode.Create("http://schema.org/sameAs");
    private static readonly NamedNode AttributedTo = NamedNode.Create("http://www.w3.org/ns/prov#wasAttributedTo");

    private static (KnowledgeGraphBuilder B, ArticleBuilder Article, OrganizationBuilder Ibm, OrganizationBuilder Lab) Start()
    {
        var b = new KnowledgeGraphBuilder();
        var article = b.NewsArticle("test-article", "zh-Hans");
        var ibm = b.Company("ibm", ("IBM", "en"), ("IBM", "zh-Hans")).Wikidata("Q37156");
        var lab = b.ResearchLab("ibm-china-rd", ("IBM China R&D", "en"), ("IBM中国研发部门", "zh-Hans")).ParentOrganization(ibm);
        return (b, article, ibm, lab);
    }

    [Test]
    public void Actors_get_readable_iris_types_bilingual_labels_and_wikidata_links()
    {
        var (b, _, _, _) = Start();
        var g = b.Build();
        var ibm = Dcp.Resource("ibm");
        ibm.Value.Should().Be("https://w3id.org/decoupling/id/ibm");
        g.Contains(new Triple(ibm, Vocab.Rdf.Type, Dcp.Company)).Should().BeTrue();
        g.Objects(ibm, PrefLabel).Should().BeEquivalentTo(new Term[]
        {
            Literal.CreateLanguageTagged("IBM", "en"), Literal.CreateLanguageTagged("IBM", "zh-Hans"),
        });
        g.Objects(ibm, SameAs).Should().Equal(NamedNode.Create("http://www.wikidata.org/entity/Q37156"));
        g.Objects(Dcp.Resource("ibm-china-rd"), Dcp.ParentOrganization).Should().Equal(ibm);
    }

    [Test]
    public void The_built_graph_carries_the_domain_prefixes()
    {
        var g = Start().B.Build();
        g.Prefixes.Select(p => p.Key).Should().BeEquivalentTo(new[] { "dcp", "dcpr", "schema", "prov", "skos", "xsd", "rdfs", "owl", "org", "time", "sem" });
        g.Prefixes.TryGetNamespace("dcpr", out var ns).Should().BeTrue();
        ns.Should().Be("https://w3id.org/decoupling/id/");
    }

    [Test]
    public void A_second_English_label_is_refused()
    {
        var (b, _, ibm, _) = Start();
        var act = () => ibm.PrefLabel("International Business Machines", "en");
        act.Should().Throw<GraphBuildException>().WithMessage("*'ibm' already has the en label \"IBM\"*AltLabel*");
        ibm.AltLabel("International Business Machines", "en");
        b.Build().Objects(Dcp.Resource("ibm"), PrefLabel).Should().HaveCount(2);
    }

    [Test]
    public void Duplicate_and_malformed_ids_are_refused()
    {
        var (b, _, _, _) = Start();
        b.Invoking(x => x.Company("ibm", ("IBM again", "en"), ("IBM", "zh-Hans"))).Should().Throw<GraphBuildException>().WithMessage("*'ibm' is already used*");
        b.Invoking(x => x.Company("IBM China", ("x", "en"), ("x", "zh-Hans"))).Should().Throw<GraphBuildException>().WithMessage("*not a valid id*");
        b.Invoking(x => x.Company("a--b", ("x", "en"), ("x", "zh-Hans"))).Should().Throw<GraphBuildException>();
    }

    [Test]
    public void An_event_without_its_required_agent_or_target_fails_the_build()
    {
        var (b, a, ibm, lab) = Start();
        b.Closure("no-agent").Closed(lab).Claim(a, "关闭");
        b.Closure("no-closed-org").Agent(ibm).Claim(a, "关闭");
        b.ServiceRestriction("no-target").Agent(ibm).Claim(a, "停止");
        b.Relocation("no-destination").Agent(ibm).Claim(a, "转移");
        b.Founding("no-founded-org").Claim(a, "成立");
        var act = () => b.Build();
        var e = act.Should().Throw<GraphBuildException>().Which;
        e.Problems.Should().HaveCount(5);
        e.Problems.Should().Contain(p => p.Contains("'no-agent' has no agent"));
        e.Problems.Should().Contain(p => p.Contains("'no-closed-org' has no closed organization"));
        e.Problems.Should().Contain(p => p.Contains("'no-target' has no target"));
        e.Problems.Should().Contain(p => p.Contains("'no-destination' has no destination"));
        e.Problems.Should().Contain(p => p.Contains("'no-founded-org' has no founded organization"));
        b.IsBuilt.Should().BeFalse("a failed build does not freeze the builder");
    }

    [Test]
    public void An_event_no_claim_backs_fails_the_build()
    {
        var (b, _, ibm, lab) = Start();
        b.Closure("unsourced").Agent(ibm).Closed(lab);
        b.Invoking(x => x.Build()).Should().Throw<GraphBuildException>().WithMessage("*'unsourced' is not backed by any claim*");
    }

    [Test]
    public void A_claim_without_a_source_is_refused()
    {
        var (b, _, ibm, _) = Start();
        ibm.Invoking(x => x.Claim(null!, "IBM关闭了其中国研发部门")).Should().Throw<GraphBuildException>().WithMessage("*has no source*");
        b.Invoking(x => x.Claim(null!, "x")).Should().Throw<GraphBuildException>().WithMessage("*has no source*");
    }

    [Test]
    public void A_claim_about_nothing_fails_the_build()
    {
        var (b, a, _, _) = Start();
        b.Claim(a, "孤立的陈述");
        b.Invoking(x => x.Build()).Should().Throw<GraphBuildException>().WithMessage("*is not about anything*");
    }

    [Test]
    public void A_role_of_another_event_kind_is_refused()
    {
        var (b, _, ibm, lab) = Start();
        var layoff = b.Layoff("layoff").Agent(ibm);
        layoff.Invoking(x => x.Closed(lab)).Should().Throw<GraphBuildException>().WithMessage("*dcp:closedOrganization applies to a dcp:Closure*'layoff' is a layoff*");
        layoff.Invoking(x => x.To(b.Country("china", ("China", "en"), ("中国", "zh-Hans")))).Should().Throw<GraphBuildException>();
    }

    [Test]
    public void Nodes_of_another_builder_are_refused()
    {
        var (_, _, ibm, _) = Start();
        var other = new KnowledgeGraphBuilder();
        var closure = other.Closure("c");
        closure.Invoking(x => x.Agent(ibm)).Should().Throw<GraphBuildException>().WithMessage("*was not made by this builder*");
    }

    [Test]
    public void The_builder_is_frozen_once_built_and_builds_the_same_graph_again()
    {
        var (b, a, ibm, lab) = Start();
        b.Closure("c").Agent(ibm).Closed(lab).Claim(a, "关闭");
        var first = b.Build();
        b.IsBuilt.Should().BeTrue();
        ibm.Invoking(x => x.AltLabel("Big Blue", "en")).Should().Throw<GraphBuildException>().WithMessage("*already built*");
        b.Invoking(x => x.Company("x", ("x", "en"), ("x", "zh-Hans"))).Should().Throw<GraphBuildException>();
        var second = b.Build();
        second.Should().NotBeSameAs(first);
        second.IsIsomorphicWith(first).Should().BeTrue();
        first.Add(Dcp.Resource("ibm"), PrefLabel, Literal.Create("changed"));
        b.Build().Count.Should().Be(second.Count, "changing a built graph does not change the builder");
    }

    [Test]
    public void A_claim_records_about_source_quote_hedging_and_speaker()
    {
        var (b, a, ibm, _) = Start();
        var source = b.AnonymousSource("analyst", ("an analyst", "en"), ("分析师", "zh-Hans"));
        ibm.Claim(a, "据报道IBM关闭了研发部门", Hedge.Reported, source, "IBM reportedly closed R&D.");
        var g = b.Build();
        var claim = Dcp.Resource("ibm-claim-1");
        g.Objects(claim, Vocab.Rdf.Type).Should().Equal(Dcp.Claim);
        g.Objects(claim, Dcp.About).Should().Equal(Dcp.Resource("ibm"));
        g.Objects(claim, Dcp.StatedIn).Should().Equal(Dcp.Resource("test-article"));
        g.Objects(claim, Dcp.OriginalText).Should().Equal(Literal.CreateLanguageTagged("据报道IBM关闭了研发部门", "zh-Hans"));
        g.Objects(claim, Dcp.Hedging).Should().Equal(Dcp.Reported);
        g.Objects(claim, AttributedTo).Should().Equal(Dcp.Resource("analyst"));
        g.Objects(Dcp.Resource("analyst"), Vocab.Rdf.Type).Should().Equal(Dcp.AnonymousSource);
        g.Objects(Dcp.Resource("analyst"), Dcp.SourceDescription).Should().HaveCount(2);
    }

    [Test]
    public void Claim_ids_are_numbered_per_node_in_declaration_order()
    {
        var (b, a, ibm, lab) = Start();
        ibm.Claim(a, "一");
        lab.Claim(a, "二");
        ibm.Claim(a, "三");
        b.Claim(a, "四").About(lab, ibm);
        var g = b.Build();
        string Text(string id) => ((Literal)g.Objects(Dcp.Resource(id), Dcp.OriginalText).Single()).LexicalForm;
        Text("ibm-claim-1").Should().Be("一");
        Text("ibm-claim-2").Should().Be("三");
        Text("ibm-china-rd-claim-1").Should().Be("二");
        Text("ibm-china-rd-claim-2").Should().Be("四");
        g.Objects(Dcp.Resource("ibm-china-rd-claim-2"), Dcp.About).Should().HaveCount(2);
    }

    [Test]
    public void Quantities_become_quantity_nodes_with_bounds_currency_and_wording()
    {
        var b = new KnowledgeGraphBuilder();
        var a = b.NewsArticle("a", "zh-Hans");
        var biz = b.Organization("biz", ("Business", "en"), ("业务", "zh-Hans"));
        b.SoftwareProject("dgl", ("Deep Graph Library", "en"), ("深度图库", "zh-Hans"))
            .Revenue(Quantity.AtMost(1_000_000_000m).Approximately().InCurrency("USD").Quoting("近10亿美元", "zh-Hans").BenefitingTo(biz))
            .Claim(a, "近10亿美元");
        var g = b.Build();
        var q = g.Objects(Dcp.Resource("dgl"), Dcp.Revenue).Single();
        q.Should().Be(Dcp.Resource("dgl-revenue"));
        g.Objects(q, Vocab.Rdf.Type).Should().Equal(Dcp.Quantity);
        g.Objects(q, NamedNode.Create("http://schema.org/maxValue")).Should().Equal(Literal.Integer(1_000_000_000));
        g.Objects(q, NamedNode.Create("http://schema.org/value")).Should().BeEmpty();
        g.Objects(q, NamedNode.Create("http://schema.org/currency")).Should().Equal(Literal.Create("USD"));
        g.Objects(q, Dcp.IsApproximate).Should().Equal(Literal.Boolean(true));
        g.Objects(q, Dcp.OriginalText).Should().Equal(Literal.CreateLanguageTagged("近10亿美元", "zh-Hans"));
        g.Objects(q, Dcp.Beneficiary).Should().Equal(Dcp.Resource("biz"));
        var invalid = () => Quantity.Between(10, 1);
        invalid.Should().Throw<ArgumentException>();
        var currency = () => Quantity.Exactly(1).InCurrency("dollars");
        currency.Should().Throw<ArgumentException>();
    }

    [TestCase("2025-07-22", "inXSDDate", "2025-07-22", "date")]
    [TestCase("2025-07", "inXSDgYearMonth", "2025-07", "gYearMonth")]
    [TestCase("2024", "inXSDgYear", "2024", "gYear")]
    [TestCase("2018-23", "inXSDgYear", "2018", "gYear")]
    public void A_partial_date_becomes_an_instant_with_EDTF_and_the_most_precise_XSD_value(string edtf, string property, string lexical, string datatype)
    {
        var g = EventAt(edtf, "原文");
        var time = g.Objects(Dcp.Resource("e"), Dcp.HasTime).Single();
        time.Should().Be(Dcp.Resource("e-time"));
        g.Objects(time, Vocab.Rdf.Type).Should().Equal(NamedNode.Create("http://www.w3.org/2006/time#Instant"));
        g.Objects(time, Dcp.Edtf).Should().Equal(Literal.Create(edtf));
        g.Objects(time, Dcp.OriginalText).Should().Equal(Literal.CreateLanguageTagged("原文", "zh-Hans"));
        g.Objects(time, NamedNode.Create("http://www.w3.org/2006/time#" + property))
            .Should().Equal(Literal.Create(lexical, NamedNode.Create("http://www.w3.org/2001/XMLSchema#" + datatype)));
    }

    [Test]
    public void An_unknown_year_keeps_only_the_EDTF_text()
    {
        var g = EventAt("XXXX-03", null);
        var time = g.Objects(Dcp.Resource("e"), Dcp.HasTime).Single();
        g.Match(time).Select(t => t.Predicate.Value).Should().BeEquivalentTo(new[] { Vocab.Rdf.Type.Value, Dcp.Edtf.Value });
    }

    [Test]
    public void An_open_ended_range_becomes_an_interval_with_a_beginning()
    {
        var g = EventAt("2025-07/..", "从2025年7月起");
        var time = Dcp.Resource("e-time");
        g.Objects(time, Vocab.Rdf.Type).Should().Equal(NamedNode.Create("http://www.w3.org/2006/time#Interval"));
        var start = g.Objects(time, NamedNode.Create("http://www.w3.org/2006/time#hasBeginning")).Single();
        g.Objects(start, NamedNode.Create("http://www.w3.org/2006/time#inXSDgYearMonth"))
            .Should().Equal(Literal.Create("2025-07", Vocab.Xsd.GYearMonth));
        g.Objects(time, NamedNode.Create("http://www.w3.org/2006/time#hasEnd")).Should().BeEmpty();
    }

    [Test]
    public void A_bad_or_second_date_is_refused()
    {
        var b = new KnowledgeGraphBuilder();
        var e = b.Event("e");
        e.Invoking(x => x.At("autumn 2018")).Should().Throw<GraphBuildException>().WithMessage("*not an EDTF date*");
        e.At("2018");
        e.Invoking(x => x.At("2019")).Should().Throw<GraphBuildException>().WithMessage("*already has the time 2018*");
    }

    [Test]
    public void Extensions_add_their_facts_and_can_find_earlier_nodes()
    {
        var b = new KnowledgeGraphBuilder().Use(new TwoCompanies()).Use(new ParentLink());
        b.Get<OrganizationBuilder>("child").Should().NotBeNull();
        b.Invoking(x => x.Get<PlaceBuilder>("child")).Should().Throw<KeyNotFoundException>();
        b.Build().Objects(Dcp.Resource("child"), Dcp.ParentOrganization).Should().Equal(Dcp.Resource("parent"));
    }

    private sealed class TwoCompanies : IGraphBuilderExtension
    {
        public void Setup(KnowledgeGraphBuilder builder)
        {
            builder.Company("parent", ("Parent", "en"), ("母公司", "zh-Hans"));
            builder.Company("child", ("Child", "en"), ("子公司", "zh-Hans"));
        }
    }

    private sealed class ParentLink : IGraphBuilderExtension
    {
        public void Setup(KnowledgeGraphBuilder builder) =>
            builder.Get<OrganizationBuilder>("child").ParentOrganization(builder.Get<OrganizationBuilder>("parent"));
    }

    [Test]
    public void Each_quote_keeps_its_own_language_in_one_graph()
    {
        // An English article and a Chinese one in the same graph: each literal carries the language it was given,
        // nothing is switched graph-wide.
        var b = new KnowledgeGraphBuilder();
        var en = b.NewsArticle("reuters", "en");
        var zh = b.NewsArticle("caixin", "zh-Hans");
        var ibm = b.Company("ibm", ("IBM", "en"));
        b.Layoff("ibm-layoff").Agent(ibm).At("2024-08", "August 2024", "en")
            .Headcount(Quantity.About(200).Unit("people").Quoting("200 jobs", "en"))
            .Claim(en, "IBM cut about 200 jobs")
            .Claim(zh, "IBM裁员约200人");
        var g = b.Build();

        g.Objects(Dcp.Resource("ibm-layoff-headcount"), Dcp.OriginalText).Should().Equal(Literal.CreateLanguageTagged("200 jobs", "en"));
        g.Objects(Dcp.Resource("ibm-layoff-time"), Dcp.OriginalText).Should().Equal(Literal.CreateLanguageTagged("August 2024", "en"));
        g.Where(t => t.Predicate == Dcp.OriginalText).Select(t => ((Literal)t.Object).Language)
            .Should().BeEquivalentTo(["en", "en", "en", "zh-Hans"]);
    }

    [Test]
    public void A_graph_built_in_one_language_has_no_other()
    {
        var b = new KnowledgeGraphBuilder();
        var a = b.NewsArticle("lemonde", "fr");
        var lab = b.ResearchLab("labo", ("Laboratoire d'IA", "fr")).Note("Fermé en 2025", "fr");
        b.Closure("fermeture").Agent(lab).Closed(lab).At("2025", "en 2025", "fr").Claim(a, "Le laboratoire a fermé");
        var languages = b.Build().Select(t => t.Object).OfType<Literal>()
            .Where(l => !string.IsNullOrEmpty(l.Language)).Select(l => l.Language).Distinct();
        languages.Should().Equal("fr");
    }

    [Test]
    public void A_bad_language_tag_on_a_quote_is_refused()
    {
        var act = () => Quantity.Exactly(3).Quoting("three", "not a tag");
        act.Should().Throw<ArgumentException>();
        var b = new KnowledgeGraphBuilder();
        b.Invoking(x => x.Event("e").At("2025", "2025", "no tag!")).Should().Throw<GraphBuildException>().WithMessage("*language tag*");
    }

    private static Graph EventAt(string edtf, string? original)
    {
        var b = new KnowledgeGraphBuilder();
        var a = b.NewsArticle("a", "zh-Hans");
        var e = b.Event("e");
        if (original is null) e.At(edtf);
        else e.At(edtf, original, "zh-Hans");
        e.Claim(a, "事件");
        return b.Build();
    }
}
