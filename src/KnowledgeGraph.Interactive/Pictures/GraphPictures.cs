using KnowledgeGraph.Export;

namespace KnowledgeGraph.Interactive;

/// <summary>Draws graphs in a notebook: <c>graph.ToPicture("zh-Hans")</c>. Stateless; safe from any thread.</summary>
public static class GraphPictures
{
    /// <summary>Draws <paramref name="graph"/> with labels in <paramref name="language"/> (a BCP 47 tag).</summary>
    public static GraphPicture ToPicture(this Graph graph, string language = "en") =>
        GraphPicture.Draw(graph, new SvgOptions { Language = language });

    /// <summary>Draws <paramref name="graph"/> with the given options.</summary>
    public static GraphPicture ToPicture(this Graph graph, SvgOptions options) => GraphPicture.Draw(graph, options);
}
