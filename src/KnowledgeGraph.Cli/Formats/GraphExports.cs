using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Formats;

/// <summary>The graph exports, wired to the library's writers in <c>KnowledgeGraph.Export</c>.</summary>
internal static class GraphExports
{
    public static void GraphMl(Graph graph, TextWriter output, CancellationToken cancellationToken) =>
        new GraphMlWriter().Write(graph, output, cancellationToken);

    /// <summary>GEXF 1.3 in dynamic mode, so events carry their times and Gephi's timeline plays the story.</summary>
    public static void Gexf(Graph graph, TextWriter output, CancellationToken cancellationToken) =>
        new GexfWriter(new GexfOptions { Dynamic = true }).Write(graph, output, cancellationToken);

    public static void Dot(Graph graph, TextWriter output, CancellationToken cancellationToken) =>
        new DotWriter().Write(graph, output, cancellationToken);
}
