using KnowledgeGraph.Building;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Domain;

/// <summary>The story graph and queries over it, built once for the tests that only read them.</summary>
internal static class StoryFixture
{
    private static readonly Lazy<Graph> s_story = new(DecouplingGraph.Load);

    public static Graph Story => s_story.Value;

    public static DecouplingQueries Queries => new(Story);

    public static NamedNode R(string id) => Dcp.Resource(id);

    /// <summary>The article's text from <c>../shared/domain</c>; skips the test when it is not there (fails under KG_REQUIRE_ALL=1).</summary>
    public static string Article => File.ReadAllText(KnowledgeGraph.TestSupport.SharedData.Require("domain/article.zh.txt", "the article the story is built from"));
}
