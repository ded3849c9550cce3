using KnowledgeGraph.Building;

namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingStory
{
    /// <summary>IBM closes China R&amp;D and lays off about 1,800 people.</summary>
    private static void AddIbm(StoryContext s)
    {
        var (b, a) = (s.B, s.Article);
        var ibm = b.Company("ibm", EnZh("IBM", "IBM")).Wikidata("Q37156")
            .PlaceNote("The article does not say where IBM is based.", En);
        var rd = b.ResearchLab("ibm-china-rd", EnZh("IBM China R&D", "IBM中国研发部门"))
            .ParentOrganization(ibm)
            .BasedIn(s.Place("china"))
            .OperatedForYears(32)
            .Claim(a, "IBM在运营32年后关闭了其中国研发部门", Hedge.Asserted,
                summary: "IBM closed its China R&D division after 32 years of operation.");
        var closure = b.Closure("ibm-china-rd-closure")
            .Label(EnZh("IBM closes its China R&D division", "IBM关闭中国研发部门"))
            .OfType(EventType.LabClosure)
            .Agent(ibm)
            .Closed(rd)
            .OccurredIn(s.Place("china"))
            .At("XXXX-03", "今年3月", ZhHans)
            .Status(EventStatus.Completed)
            .PartOf(s.Event("western-retrenchment-from-china"))
            .PartOf(s.Event("us-china-tech-decoupling"))
            .Note("'This March' (今年3月): the article does not state the year.", En)
            .Claim(a, "今年3月,IBM在运营32年后关闭了其中国研发部门", Hedge.Asserted,
                summary: "This March IBM closed its China R&D division after 32 years of operation.");
        b.Layoff("ibm-china-rd-layoff")
            .Label(EnZh("IBM China R&D layoff", "IBM中国研发部门裁员"))
            .Agent(ibm)
            .Affected(rd)
            .ResultOf(closure)
            .OccurredIn(s.Place("china"))
            .Headcount(Quantity.About(1800).Unit("people").Quoting("约1800人", ZhHans))
            .Status(EventStatus.Completed)
            .PartOf(s.Event("us-china-tech-decoupling"))
            .Claim(a, "导致约1800人被裁员", Hedge.Asserted,
                summary: "The closure led to about 1,800 people being laid off.");
    }

    /// <summary>Microsoft gradually closes its Shanghai AI lab and moves hundreds of experts abroad (reportedly).</summary>
    private static void AddMicrosoft(StoryContext s)
    {
        var (b, a) = (s.B, s.Article);
        var microsoft = b.Company("microsoft", EnZh("Microsoft", "微软")).Wikidata("Q2283")
            .PlaceNote("The article does not say where Microsoft is based.", En);
        var lab = b.ResearchLab("microsoft-shanghai-ai-lab", EnZh("Microsoft Shanghai AI lab", "微软上海人工智能实验室"))
            .ParentOrganization(microsoft)
            .BasedIn(s.Place("shanghai"))
            .Claim(a, "微软也一直在逐步关闭其上海人工智能实验室", Hedge.Reported,
                summary: "Microsoft reportedly has been gradually closing its Shanghai AI lab.");
        b.Closure("microsoft-shanghai-ai-lab-closure")
            .Label(EnZh("Microsoft gradually closes its Shanghai AI lab", "微软逐步关闭上海人工智能实验室"))
            .OfType(EventType.LabClosure)
            .Agent(microsoft)
            .Closed(lab)
            .OccurredIn(s.Place("shanghai"))
            .Status(EventStatus.Ongoing)
            .PartOf(s.Event("western-retrenchment-from-china"))
            .PartOf(s.Event("us-china-tech-decoupling"))
            .Note("Gradual closure; the article gives no start or end date.", En)
            .Claim(a, "据报道,微软也一直在逐步关闭其上海人工智能实验室", Hedge.Reported,
                summary: "Microsoft has reportedly been gradually closing its Shanghai AI lab.");
        b.Relocation("microsoft-expert-relocation")
            .Label(EnZh("Microsoft moves hundreds of experts out of China", "微软将数百名专家转移出中国"))
            .OfType(EventType.TalentRelocation)
            .Agent(microsoft)
            .Affected(lab)
            .From(s.Place("shanghai"))
            .To(s.Place("united-states"), s.Place("australia"), s.Place("ireland"))
            .Headcount(Quantity.AtLeast(100).Approximately().Unit("experts").Quoting("数百名", ZhHans))
            .Status(EventStatus.Ongoing)
            .PartOf(s.Event("western-retrenchment-from-china"))
            .PartOf(s.Event("us-china-tech-decoupling"))
            .Note("'Hundreds' (数百名) of experts; the article adds 'and other regions' (及其他地区) without naming them.", En)
            .Claim(a, "将数百名专家转移到美国、澳大利亚、爱尔兰及其他地区的机构", Hedge.Reported,
                summary: "Microsoft reportedly moved hundreds of experts to institutions in the US, Australia, Ireland and elsewhere.");
    }

    /// <summary>OpenAI stops API access for users in mainland China from July 2025.</summary>
    private static void AddOpenAi(StoryContext s)
    {
        var (b, a) = (s.B, s.Article);
        var openAi = b.Company("openai", EnZh("OpenAI", "OpenAI")).Wikidata("Q21708200")
            .PlaceNote("The article does not say where OpenAI is based; it calls the services it cut off 'US generative-AI services' (美国生成式AI服务).", En);
        var startups = b.Organization("chinese-genai-users", EnZh("Chinese start-ups and enterprises using US generative-AI services", "曾利用美国生成式AI服务的中国初创公司和企业"))
            .BasedIn(s.Place("china"))
            .Note("A group of firms the article does not enumerate ('countless', 无数).", En);
        b.ServiceRestriction("openai-china-api-cutoff")
            .Label(EnZh("OpenAI stops API access for mainland China", "OpenAI停止向中国大陆提供API访问"))
            .OfType(EventType.ApiAccessCutoff)
            .Agent(openAi)
            .AnnouncedBy(openAi)
            .Target(s.Place("mainland-china"))
            .Affected(startups)
            .Concerns(Topic.ApiAccess)
            .At("2025-07/..", "从2025年7月起", ZhHans)
            .Status(EventStatus.Scheduled)
            .PartOf(s.Event("us-china-tech-decoupling"))
            .Claim(a, "OpenAI近期宣布,计划从2025年7月起停止向中国大陆用户提供API访问", Hedge.Asserted,
                summary: "OpenAI recently announced it plans to stop providing API access to users in mainland China from July 2025.")
            .Claim(a, "这将直接影响到无数曾利用美国生成式AI服务的中国初创公司和企业", Hedge.Asserted,
                summary: "This directly affects countless Chinese start-ups and enterprises that used US generative-AI services.");
    }
}
