namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingStory
{
    private static void AddPlaces(StoryContext s)
    {
        var b = s.B;
        var china = b.Country("china", "China", "中国").Wikidata("Q148");
        var us = b.Country("united-states", "United States", "美国").Wikidata("Q30");
        b.Country("india", "India", "印度").Wikidata("Q668");
        b.Country("australia", "Australia", "澳大利亚").Wikidata("Q408");
        b.Country("ireland", "Ireland", "爱尔兰").Wikidata("Q27");
        b.Region("southeast-asia", "Southeast Asia", "东南亚").Wikidata("Q11708");
        b.Region("mainland-china", "mainland China", "中国大陆").ContainedIn(china);
        b.City("shanghai", "Shanghai", "上海").Wikidata("Q8686").ContainedIn(china);
        b.City("washington-dc", "Washington, D.C.", "华盛顿").Wikidata("Q61").ContainedIn(us);
    }

    private static void AddSources(StoryContext s)
    {
        var b = s.B;
        b.AnonymousSource("washington-think-tank-researcher",
                "technology-policy researcher at a Washington think tank", "华盛顿智库科技政策研究员")
            .BasedIn(s.Place("washington-dc"))
            .Note("Asked for anonymity because of the sensitivity of US–China relations (因中美关系敏感而要求匿名).");
        b.AnonymousSource("shanghai-tech-consultant", "technology consultant in Shanghai", "上海的科技顾问")
            .BasedIn(s.Place("shanghai"));
        b.AnonymousSource("former-us-tech-giant-employee",
            "employee who worked at the China research unit of a US tech giant", "曾在美国科技巨头中国研究部门工作的员工");
        b.AnonymousSource("international-tech-policy-expert", "international technology-policy expert", "国际科技政策专家");
        b.AnonymousSource("asian-investment-bank-analyst",
            "senior technology analyst at an Asian investment bank", "亚洲投资银行的高级科技分析师");
        b.AnonymousSource("investment-strategist", "investment strategist", "投资策略师");
    }
}
