namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingStory
{
    private static void AddPlaces(StoryContext s)
    {
        var b = s.B;
        var china = b.Country("china", EnZh("China", "中国")).Wikidata("Q148");
        var us = b.Country("united-states", EnZh("United States", "美国")).Wikidata("Q30");
        b.Country("india", EnZh("India", "印度")).Wikidata("Q668");
        b.Country("australia", EnZh("Australia", "澳大利亚")).Wikidata("Q408");
        b.Country("ireland", EnZh("Ireland", "爱尔兰")).Wikidata("Q27");
        b.Region("southeast-asia", EnZh("Southeast Asia", "东南亚")).Wikidata("Q11708");
        b.Region("mainland-china", EnZh("mainland China", "中国大陆")).ContainedIn(china);
        b.City("shanghai", EnZh("Shanghai", "上海")).Wikidata("Q8686").ContainedIn(china);
        b.City("washington-dc", EnZh("Washington, D.C.", "华盛顿")).Wikidata("Q61").ContainedIn(us);
        b.City("beijing", EnZh("Beijing", "北京")).Wikidata("Q956").ContainedIn(china)
            .Note("Named in the article only as the seat of the Chinese government (北京则实施…).", En);
    }

    private static void AddSources(StoryContext s)
    {
        var b = s.B;
        b.AnonymousSource("washington-think-tank-researcher", EnZh("technology-policy researcher at a Washington think tank", "华盛顿智库科技政策研究员"))
            .BasedIn(s.Place("washington-dc"))
            .Note("Asked for anonymity because of the sensitivity of US–China relations (因中美关系敏感而要求匿名).", En);
        b.AnonymousSource("shanghai-tech-consultant", EnZh("technology consultant in Shanghai", "上海的科技顾问"))
            .BasedIn(s.Place("shanghai"));
        b.AnonymousSource("former-us-tech-giant-employee", EnZh("employee who worked at the China research unit of a US tech giant", "曾在美国科技巨头中国研究部门工作的员工"))
            .PlaceNote("The article does not say where the source is now; they once worked at a US tech giant's China research unit.", En);
        b.AnonymousSource("international-tech-policy-expert", EnZh("international technology-policy expert", "国际科技政策专家"))
            .PlaceNote("The article does not say where the expert is based ('international', 国际).", En);
        b.AnonymousSource("asian-investment-bank-analyst", EnZh("senior technology analyst at an Asian investment bank", "亚洲投资银行的高级科技分析师"))
            .PlaceNote("The article says only that the bank is Asian (亚洲); it names no country or city.", En);
        b.AnonymousSource("investment-strategist", EnZh("investment strategist", "投资策略师"))
            .PlaceNote("The article does not say where the strategist is based.", En);
    }
}
