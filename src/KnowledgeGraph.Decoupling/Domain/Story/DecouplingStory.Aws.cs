using KnowledgeGraph.Building;

namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingStory
{
    /// <summary>Amazon, AWS, the Shanghai AI lab, its people, DGL, and the lab's founding and closure.</summary>
    private static void AddAws(StoryContext s)
    {
        var (b, a) = (s.B, s.Article);
        var amazon = b.Company("amazon", EnZh("Amazon", "亚马逊")).Wikidata("Q3884")
            .PlaceNote("The article does not say where Amazon is based.", En);
        var aws = b.Company("aws", EnZh("Amazon Web Services", "亚马逊网络服务")).Wikidata("Q456157")
            .AltLabel("AWS", En)
            .ParentOrganization(amazon)
            .PlaceNote("The article does not say where AWS is based; it calls the Shanghai lab its last overseas research centre in China (在华的最后一个海外研究中心).", En);
        var ecommerce = b.Organization("amazon-ecommerce", EnZh("Amazon's e-commerce business", "亚马逊的电商业务"))
            .ParentOrganization(amazon)
            .PlaceNote("The article does not say where Amazon's e-commerce business is based.", En);
        var lab = b.ResearchLab("aws-shanghai-ai-lab", EnZh("AWS Shanghai AI Lab", "AWS上海人工智能研究院"))
            .ParentOrganization(aws)
            .BasedIn(s.Place("shanghai"))
            .PublicationCount(Quantity.AtLeast(100).Unit("top-venue papers").Quoting("100多篇顶级论文", ZhHans));
        var nyuShanghai = b.AcademicInstitution("nyu-shanghai", EnZh("NYU Shanghai", "纽约大学上海分校"))
            .BasedIn(s.Place("shanghai"));   // from the name: New York University's Shanghai campus
        var zhang = b.Person("zheng-zhang", EnZh("Zheng Zhang", "张政"))
            .JobTitle(EnZh("professor of computer science", "计算机科学教授"))
            .AffiliatedWith(nyuShanghai)
            .Heads(lab)
            .PlaceNote("The article places him only through his positions, at NYU Shanghai and at AWS Shanghai AI Lab, both in Shanghai.", En);
        var wang = b.Person("minjie-wang", EnZh("Minjie Wang", "王敏捷"))
            .JobTitle(EnZh("chief applied scientist", "首席应用科学家"))
            .WorksFor(lab)
            .Heads(lab)
            .PlaceNote("The article places him only through his work at AWS Shanghai AI Lab, in Shanghai.", En);

        b.Claim(a, "亚马逊网络服务(AWS)已解散其位于上海的人工智能研究院——这是该公司在华的最后一个海外研究中心", Hedge.Asserted,
                summary: "AWS dissolved its Shanghai AI lab, its last overseas research centre in China.")
            .About(lab, aws);
        lab.Claim(a, "即使作为一个实验室规模的团队,我们也在机器学习和系统领域的顶级会议上取得了‘大满贯’,发表了100多篇顶级论文。",
            Hedge.OnRecord, wang, "Even as a lab-sized team the lab achieved a 'grand slam' at top ML and systems conferences, with 100+ top papers.");
        lab.Claim(a, "以与其规模不符的卓越科研成就而闻名", Hedge.Asserted,
            summary: "The lab was known for research achievements out of proportion to its size.");
        b.Claim(a, "该研究院于2018年秋季在纽约大学上海分校计算机科学教授张政的领导下成立", Hedge.Asserted,
                summary: "The lab was founded in autumn 2018 under the leadership of Zheng Zhang, a computer-science professor at NYU Shanghai.")
            .About(zhang, nyuShanghai);
        b.Claim(a, "此次关闭由该研究院的首席应用科学家王敏捷通过社交媒体低调宣布", Hedge.Asserted,
                summary: "Minjie Wang, the lab's chief applied scientist, quietly announced the closure on social media.")
            .About(wang);
        wang.Claim(a, "过去六年领导这个团队,恰逢外国研究院在中国的黄金时代。", Hedge.OnRecord, wang,
            "Minjie Wang led the team for the past six years, in the golden age of foreign research institutes in China.");

        b.SoftwareProject("deep-graph-library", EnZh("Deep Graph Library", "深度图库"))
            .AltLabel("DGL", En)
            .Description("open-source framework for graph neural networks", En)
            .Description("用于图神经网络的开源框架", ZhHans)
            .DevelopedBy(lab)
            .Revenue(Quantity.AtMost(1_000_000_000m).Approximately().InCurrency("USD").Quoting("近10亿美元", ZhHans).BenefitingTo(ecommerce))
            .Claim(a, "其中包括开发了深度图库(Deep Graph Library),这是一个用于图神经网络的开源框架", Hedge.OnRecord, wang,
                "The lab developed the Deep Graph Library, an open-source framework for graph neural networks.")
            .Claim(a, "据报道为亚马逊的电商业务创造了近10亿美元的收入", Hedge.Reported,
                summary: "DGL reportedly generated close to US$1 billion of revenue for Amazon's e-commerce business.")
            .Claim(a, "像DGL这样受益于多样化全球贡献的开源项目,可能会分裂成区域版本,从而可能减缓整体进展。",
                Hedge.AnonymousAttribution, s.Person("international-tech-policy-expert"),
                "Open-source projects such as DGL may split into regional versions, which may slow overall progress.");

        b.Founding("aws-shanghai-ai-lab-founding")
            .Label(EnZh("Founding of AWS Shanghai AI Lab", "AWS上海人工智能研究院成立"))
            .Founded(lab)
            .OccurredIn(s.Place("shanghai"))
            .At("2018-23", "2018年秋季", ZhHans)
            .Status(EventStatus.Completed)
            .Claim(a, "该研究院于2018年秋季在纽约大学上海分校计算机科学教授张政的领导下成立", Hedge.Asserted,
                summary: "The lab was founded in autumn 2018 under the leadership of Zheng Zhang.");

        b.Closure("aws-shanghai-ai-lab-closure")
            .Label(EnZh("Closure of AWS Shanghai AI Lab", "AWS上海人工智能研究院解散"))
            .OfType(EventType.LabClosure)
            .Agent(aws)
            .Closed(lab)
            .AnnouncedBy(wang)
            .OccurredIn(s.Place("shanghai"))
            .Status(EventStatus.Completed)
            .PartOf(s.Event("western-retrenchment-from-china"))
            .PartOf(s.Event("us-china-tech-decoupling"))
            .Note("The article gives no date for the closure or its announcement.", En)
            .Claim(a, "亚马逊网络服务(AWS)已解散其位于上海的人工智能研究院", Hedge.Asserted,
                summary: "AWS has dissolved its Shanghai AI research institute.")
            .Claim(a, "此次关闭由该研究院的首席应用科学家王敏捷通过社交媒体低调宣布", Hedge.Asserted,
                summary: "The closure was quietly announced on social media by Minjie Wang, the lab's chief applied scientist.")
            .Claim(a, "标志着专家们所称的“中美先进人工智能合作时代终结”的又一次撤退", Hedge.Opinion,
                summary: "Experts call it another retreat marking the end of the era of advanced US–China AI cooperation.")
            .Claim(a, "亚马逊的举动并非孤立事件。它遵循着一个模式", Hedge.Asserted,
                summary: "Amazon's move is not isolated; it follows a pattern.")
            .Claim(a, "随着王敏捷团队的解散,AWS上海人工智能研究院的灯光熄灭", Hedge.Asserted,
                summary: "With Minjie Wang's team disbanded, the lights of AWS Shanghai AI Lab went out.")
            .Claim(a, "像AWS上海这样研究中心的解散,在全球人工智能社区产生了连锁反应。", Hedge.Asserted,
                summary: "The dissolution of research centres like AWS Shanghai rippled through the global AI community.")
            .Claim(a, "此次解散不仅仅是企业重组,它象征着全球技术秩序的根本性转变。", Hedge.Opinion,
                summary: "The dissolution symbolizes a fundamental shift in the global technology order, not just corporate restructuring.");
    }
}
