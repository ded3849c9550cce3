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

    public static string Article => File.ReadAllText(Path.Combine(KnowledgeGraph.TestSupport.Paths.Shared, "domain", "article.zh.txt"));
}
