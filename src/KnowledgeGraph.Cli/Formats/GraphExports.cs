using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Formats;

/// <summary>The graph exports, wired to the library's writers in <c>KnowledgeGraph.Export</c>; every export labels
/// nodes in the language of <c>--lang</c>, and GraphML and GEXF also carry a label column per language present.</summary>
internal static class GraphExports
{
    /// <summary>The label language when <c>--lang</c> is not given.</summary>
    public const string DefaultLanguage = "en";

    public static void GraphMl(Graph graph, TextWriter output, string language, CancellationToken cancellationToken) =>
        new GraphMlWriter(new GraphExportOptions { Language = language }).Write(graph, output, cancellationToken);

    /// <summary>GEXF 1.3 in dynamic mode, so events carry their times and Gephi's timeline plays the story.</summary>
    public static void Gexf(Graph graph, TextWriter output, string language, CancellationToken cancellationToken) =>
        new GexfWriter(new GexfOptions { Dynamic = true, Language = language }).Write(graph, output, cancellationToken);

    public static void Dot(Graph graph, TextWriter output, string language, CancellationToken cancellationToken) =>
        new DotWriter(new GraphExportOptions { Language = language }).Write(graph, output, cancellationToken);
}
