using KnowledgeGraph.Building;

namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingStory
{
    /// <summary>The process every event is part of, the Western retreat it is made of, and what sources say about it.</summary>
    private static void AddDecoupling(StoryContext s)
    {
        var (b, a) = (s.B, s.Article);
        var researcher = s.Person("washington-think-tank-researcher");
        var consultant = s.Person("shanghai-tech-consultant");
        var formerEmployee = s.Person("former-us-tech-giant-employee");
        var expert = s.Person("international-tech-policy-expert");
        var strategist = s.Person("investment-strategist");

        var decoupling = b.Event("us-china-tech-decoupling")
            .Label(EnZh("US–China technology decoupling", "中美科技脱钩"))
            .OfType(EventType.TechnologyDecoupling)
            .Status(EventStatus.Ongoing)
            .Claim(a, "科技脱钩加速", Hedge.Asserted, summary: "Technology decoupling is accelerating.")
            .Claim(a, "我们正在目睹的不仅仅是企业重组——这是数字脱钩的实际体现。", Hedge.AnonymousAttribution, researcher,
                "What is happening is not just corporate restructuring but digital decoupling in practice.")
            .Claim(a, "公司不仅仅是在搬迁办公室;它们正在转移的是智力资本、专有知识和未来的创新潜力。", Hedge.AnonymousAttribution, researcher,
                "Companies are moving intellectual capital, proprietary knowledge and future innovation potential, not just offices.")
            .Claim(a, "美国科技公司现在正面临一场监管冲突的‘完美风暴’。", Hedge.AnonymousAttribution, consultant,
                "US tech companies face a 'perfect storm' of regulatory conflict.")
            .Claim(a, "在两种环境下运营已变得几乎不可能。", Hedge.AnonymousAttribution, consultant,
                "Operating in both environments has become almost impossible.")
            .Claim(a, "这些实验室不仅仅是企业的前哨站,它们还是技术社区之间的桥梁。", Hedge.AnonymousAttribution, formerEmployee,
                "The labs were bridges between technology communities, not just corporate outposts.")
            .Claim(a, "真正的悲剧在于失去了思想交叉融合的机会,而这在历史上曾加速了两国的创新。", Hedge.AnonymousAttribution, formerEmployee,
                "The real tragedy is the lost cross-pollination of ideas that historically accelerated innovation in both countries.")
            .Claim(a, "我们正在目睹曾经的全球AI社区的‘巴尔干化’。", Hedge.AnonymousAttribution, expert,
                "The once-global AI community is being balkanized.")
            .Claim(a, "专家预见到将出现并行的AI生态系统,拥有不同的标准、数据集和发展轨迹。", Hedge.Opinion,
                summary: "Experts foresee parallel AI ecosystems with different standards, data sets and trajectories.")
            .Claim(a, "对中国的科技专业人士而言,这些关闭带来了艰难的选择:是留在国内,还是搬迁到其他地方继续与全球公司合作。", Hedge.Asserted,
                summary: "Chinese tech professionals must choose between staying in China and moving abroad to keep working with global companies.")
            .Claim(a, "中国对技术自给自足的推动可能会加速", Hedge.Opinion,
                summary: "China's push for technological self-sufficiency may accelerate.")
            .Claim(a, "网络安全公司和专注于供应链韧性的公司,可能会从跨越技术边界运营日益增加的复杂性中受益。", Hedge.Opinion,
                summary: "Cybersecurity and supply-chain-resilience firms may benefit.")
            .Claim(a, "此次撤离反映了全球两大经济体之间日益加深的紧张关系,尤其是在先进技术领域。", Hedge.Asserted,
                summary: "The withdrawal reflects deepening tension between the two largest economies, especially in advanced technology.")
            .Claim(a, "对美国公司而言,此次撤退可能意味着对中国庞大的人工智能人才库的接触减少", Hedge.Opinion,
                summary: "For US companies the retreat may mean less access to China's large AI talent pool.")
            .Claim(a, "全球人工智能格局已进入一个以竞争而非合作为主的新阶段", Hedge.Asserted,
                summary: "The global AI landscape has entered a phase dominated by competition rather than cooperation.");

        var giants = b.Organization("western-tech-giants", EnZh("Western technology giants", "西方科技巨头"))
            .Note("A group of Western firms the article does not enumerate.", En)
            .PlaceNote("'Western' (西方): the article names no country.", En)
            .Claim(a, "那些在中国市场敞口较大的西方科技公司,在消化重组成本和失去市场机会的同时,可能会面临短期逆风。", Hedge.Opinion,
                summary: "Western firms with large China exposure may face short-term headwinds.")
            .Claim(a, "一些专家认为,随着这些公司将资源重新导向地缘政治复杂度较低的市场,长期前景可能更为乐观。", Hedge.Opinion,
                summary: "Some experts think the long-term outlook may be better as these firms redirect resources.")
            .Claim(a, "在这一转型中展现出灵活性的公司,尽管短期内会经历痛苦,但最终可能会变得更强大。", Hedge.AnonymousAttribution, strategist,
                "Companies that are flexible in this transition may end up stronger despite short-term pain.");

        b.Event("western-retrenchment-from-china")
            .Label(EnZh("Western tech giants shrink their China operations", "西方科技巨头缩减在华业务"))
            .OfType(EventType.BusinessRetrenchment)
            .Agent(giants)
            .Target(s.Place("china"))
            .At("2024/2025", "2024年及2025年", ZhHans)
            .Status(EventStatus.Ongoing)
            .PartOf(decoupling)
            .Claim(a, "众多西方科技巨头在2024年及2025年持续缩减在华业务,将昔日的涓涓细流变成了稳定的撤离潮。", Hedge.Asserted,
                summary: "Many Western tech giants kept shrinking their China operations through 2024 and 2025.")
            .Claim(a, "对西方公司而言,从中国的撤退既代表着风险缓解,也意味着错失良机。", Hedge.Opinion,
                summary: "For Western companies, retreating from China is both risk mitigation and a missed opportunity.");

        b.Relocation("rd-investment-shift-to-india-and-southeast-asia")
            .Label(EnZh("R&D investment shifts to India and Southeast Asia", "研发投资流向印度和东南亚"))
            .OfType(EventType.TalentRelocation)
            .Agent(giants)
            .From(s.Place("china"))
            .To(s.Place("india"), s.Place("southeast-asia"))
            .Status(EventStatus.Ongoing)
            .PartOf(decoupling)
            .Note("The agent is implied: 'regions where Western tech companies can operate with more certainty'; further destinations are unnamed (以及其他…地区).", En)
            .Claim(a, "聪明的资金正追随研发投资的重新配置,流向印度、东南亚以及其他西方科技公司可以更确定地运营的地区。",
                Hedge.AnonymousAttribution, strategist,
                "Smart money follows the reallocation of R&D investment to India, Southeast Asia and other places where Western firms can operate with more certainty.");
    }
}
