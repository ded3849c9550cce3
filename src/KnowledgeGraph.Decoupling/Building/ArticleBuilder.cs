using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>Builds a <c>dcp:NewsArticle</c>, the source claims are stated in.</summary>
/// <remarks>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</remarks>
public sealed class ArticleBuilder : NodeBuilder<ArticleBuilder>, IArticleReference
{
    internal ArticleBuilder(KnowledgeGraphBuilder owner, string id, string language) : base(owner, id, Dcp.NewsArticle)
    {
        Language = language;
        Add(ExternalVocab.SchemaInLanguage, Literal.Create(language));
    }

    /// <summary>The language the article is written in (its quotes are tagged with it), e.g. <c>zh-Hans</c>.</summary>
    public string Language { get; }

    /// <summary>Adds the headline (<c>schema:headline</c>) in one language.</summary>
    public ArticleBuilder Headline(string text, string language) => Add(ExternalVocab.SchemaHeadline, LanguageText(text, language));

    /// <summary>Sets where the article was published (<c>schema:url</c>).</summary>
    public ArticleBuilder Url(string url) => Add(ExternalVocab.SchemaUrl, NamedNode.Create(url));
}
