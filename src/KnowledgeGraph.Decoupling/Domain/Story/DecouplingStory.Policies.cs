using KnowledgeGraph.Building;

namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingStory
{
    /// <summary>US export controls and research limits; Chinese data-localization, cybersecurity-review and local-partner rules.</summary>
    private static void AddPolicies(StoryContext s)
    {
        var (b, a) = (s.B, s.Article);
        var china = s.Place("china");
        var decoupling = s.Event("us-china-tech-decoupling");
        var consultant = s.Person("shanghai-tech-consultant");
        var usGov = b.GovernmentBody("us-government", EnZh("United States government", "美国政府"))
            .AltLabel("Washington", En).AltLabel("华盛顿", ZhHans)
            .Governs(s.Place("united-states"))
            .BasedIn(s.Place("washington-dc"))
            .Note("The article also names it by its seat, 华盛顿 (Washington).", En);
        var cnGov = b.GovernmentBody("chinese-government", EnZh("Chinese government", "中国政府"))
            .AltLabel("Beijing", En).AltLabel("北京", ZhHans)
            .Governs(china)
            .BasedIn(s.Place("beijing"))
            .Note("The article also names it by its seat, 北京 (Beijing).", En);
        var foreignCloud = b.Organization("foreign-cloud-providers", EnZh("foreign cloud service providers", "外国云服务提供商"))
            .Note("A group of firms the article does not enumerate.", En)
            .PlaceNote("Foreign (外国) to China; the article names no firm and no country.", En);
        const string consultantQuote = "华盛顿对人工智能芯片和云服务实施日益严格的出口管制,而北京则实施更严格的数据本地化要求和网络安全审查。";

        b.PolicyMeasure("us-export-controls")
            .Label(EnZh("US export controls on AI chips, cloud services and hardware", "美国对人工智能芯片、云服务和硬件的出口管制"))
            .OfType(EventType.ExportControl)
            .Agent(usGov)
            .Target(china)
            .Concerns(Topic.AIChips, Topic.CloudServices, Topic.ComputerHardware)
            .Status(EventStatus.Ongoing)
            .PartOf(decoupling)
            .Claim(a, consultantQuote, Hedge.AnonymousAttribution, consultant,
                "Washington imposes increasingly strict export controls on AI chips and cloud services.")
            .Claim(a, "美国政府不仅加强了对硬件出口的限制", Hedge.Asserted,
                summary: "The US government tightened restrictions on hardware exports.");
        b.PolicyMeasure("us-cloud-and-research-limits")
            .Label(EnZh("US limits on cloud-service access and research collaboration", "美国对云服务访问和研究合作的限制"))
            .OfType(EventType.ResearchCollaborationLimit)
            .Agent(usGov)
            .Target(china)
            .Concerns(Topic.CloudServices, Topic.ResearchCollaboration)
            .PartOf(decoupling)
            .Claim(a, "还对云服务访问和研究合作施加了限制,旨在减缓中国尖端人工智能能力的发展", Hedge.Asserted,
                summary: "The US also limited cloud-service access and research collaboration, to slow China's cutting-edge AI capabilities.");
        b.PolicyMeasure("china-data-localization")
            .Label(EnZh("Chinese data-localization requirements", "中国的数据本地化要求"))
            .OfType(EventType.DataLocalization)
            .Agent(cnGov)
            .Concerns(Topic.Data)
            .PartOf(decoupling)
            .Claim(a, consultantQuote, Hedge.AnonymousAttribution, consultant,
                "Beijing imposes stricter data-localization requirements.");
        b.PolicyMeasure("china-cybersecurity-review")
            .Label(EnZh("Chinese cybersecurity reviews", "中国的网络安全审查"))
            .OfType(EventType.CybersecurityReview)
            .Agent(cnGov)
            .PartOf(decoupling)
            .Claim(a, consultantQuote, Hedge.AnonymousAttribution, consultant,
                "Beijing imposes stricter cybersecurity reviews.");
        b.PolicyMeasure("china-local-partner-rule")
            .Label(EnZh("Chinese rule that foreign cloud providers partner with local companies", "中国要求外国云服务提供商与本地公司合作的规定"))
            .OfType(EventType.LocalPartnerRequirement)
            .Agent(cnGov)
            .Target(foreignCloud)
            .Concerns(Topic.CloudServices)
            .PartOf(decoupling)
            .Claim(a, "中国要求外国云服务提供商与本地公司合作的规定,也增加了复杂性和不确定性", Hedge.Asserted,
                summary: "China's rule that foreign cloud providers partner with local companies adds complexity and uncertainty.");
    }

    /// <summary>Alibaba, Baidu, Tencent and Huawei fill the gap left by Western firms (analysts' view).</summary>
    private static void AddMarket(StoryContext s)
    {
        var (b, a) = (s.B, s.Article);
        var china = s.Place("china");
        var alibaba = b.Company("alibaba-group", EnZh("Alibaba Group", "阿里巴巴")).Wikidata("Q1359568").BasedIn(china);
        var baidu = b.Company("baidu", EnZh("Baidu", "百度")).Wikidata("Q14772").BasedIn(china);
        var tencent = b.Company("tencent", EnZh("Tencent", "腾讯")).Wikidata("Q860580").BasedIn(china);
        var huawei = b.Company("huawei", EnZh("Huawei", "华为")).Wikidata("Q160120").BasedIn(china);
        b.Claim(a, "阿里巴巴、百度、腾讯和华为等中国本土巨头", Hedge.Asserted,
                summary: "Alibaba, Baidu, Tencent and Huawei are Chinese domestic giants.")
            .About(alibaba, baidu, tencent, huawei);
        b.MarketSubstitution("chinese-firms-fill-the-gap")
            .Label(EnZh("Chinese firms fill the gap left by Western firms", "中国本土巨头填补西方公司撤离留下的空白"))
            .Agent(alibaba, baidu, tencent, huawei)
            .OccurredIn(china)
            .Concerns(Topic.CloudServices, Topic.ArtificialIntelligence)
            .InResponseTo(s.Event("western-retrenchment-from-china"))
            .Status(EventStatus.Ongoing)
            .PartOf(s.Event("us-china-tech-decoupling"))
            .Claim(a, "随着阿里巴巴、百度、腾讯和华为等中国本土巨头填补西方公司撤离留下的空白,它们可能会迎来加速增长", Hedge.Opinion,
                summary: "Market analysts think Alibaba, Baidu, Tencent and Huawei may grow faster as they fill the gap left by departing Western firms.")
            .Claim(a, "随着企业客户寻求本地替代方案,这些公司在云和AI业务上可能会获得显著提振。", Hedge.AnonymousAttribution,
                s.Person("asian-investment-bank-analyst"),
                "As enterprise customers seek local alternatives, these firms may get a significant boost in cloud and AI.");
    }
}
