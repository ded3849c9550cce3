using KnowledgeGraph.Building;

namespace KnowledgeGraph.Domain;

/// <summary>
/// The facts of the article "硅谷鸿沟:AWS关闭在华最后一家AI实验室,科技脱钩加速" (the package's story), as a builder
/// extension: every actor, place and event it names, each backed by claims that quote the article, with hedging and
/// the speaker (named or anonymous). Where the article is vague the graph says so: EDTF unknowns (<c>XXXX-03</c>,
/// <c>2018-23</c>), approximate quantities, "reportedly". Add it with <c>builder.UseDecouplingStory()</c>, or load the
/// built graph with <see cref="DecouplingGraph.Load"/>.
/// </summary>
/// <remarks>Thread safety: holds no state; <c>Setup</c> runs on the builder's thread.</remarks>
public sealed partial class DecouplingStory : IGraphBuilderExtension
{
    /// <summary>The id of the article node (<c>dcpr:silicon-valley-divide-article</c>).</summary>
    public const string ArticleId = "silicon-valley-divide-article";

    /// <summary>The article's language: its quotes, dates and numbers are tagged with it.</summary>
    private const string ZhHans = "zh-Hans";

    /// <summary>The language of the story's English names, notes and glosses.</summary>
    private const string En = "en";

    /// <summary>A name or text the story gives in English and in the article's Chinese.</summary>
    private static (string Text, string Language)[] EnZh(string english, string chinese) => [(english, En), (chinese, ZhHans)];

    /// <inheritdoc />
    public void Setup(KnowledgeGraphBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var s = new StoryContext(builder, builder.NewsArticle(ArticleId, ZhHans)
            .Label(EnZh("Silicon Valley divide: AWS closes its last AI lab in China as tech decoupling accelerates", "硅谷鸿沟:AWS关闭在华最后一家AI实验室,科技脱钩加速"))
            .Headline("硅谷鸿沟:AWS关闭在华最后一家AI实验室,科技脱钩加速", ZhHans)
            .Headline("Silicon Valley divide: AWS closes its last AI lab in China as tech decoupling accelerates", En));
        AddPlaces(s);
        AddSources(s);
        AddDecoupling(s);
        AddAws(s);
        AddIbm(s);
        AddMicrosoft(s);
        AddOpenAi(s);
        AddPolicies(s);
        AddMarket(s);
    }

    /// <summary>What the parts of the story share: the builder and the article every claim is stated in.</summary>
    private sealed record StoryContext(KnowledgeGraphBuilder B, ArticleBuilder Article)
    {
        public OrganizationBuilder Org(string id) => B.Get<OrganizationBuilder>(id);

        public PlaceBuilder Place(string id) => B.Get<PlaceBuilder>(id);

        public PersonBuilder Person(string id) => B.Get<PersonBuilder>(id);

        public EventBuilder Event(string id) => B.Get<EventBuilder>(id);
    }
}

/// <summary>Adds the decoupling story to a builder.</summary>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class DecouplingStoryExtensions
{
    /// <summary>Adds every fact of the package's story (see <see cref="DecouplingStory"/>).</summary>
    public static KnowledgeGraphBuilder UseDecouplingStory(this KnowledgeGraphBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new DecouplingStory());
    }
}
