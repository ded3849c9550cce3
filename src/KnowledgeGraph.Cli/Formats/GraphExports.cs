using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Formats;

/// <summary>The graph exports, wired to the library's writers in <c>KnowledgeGraph.Export</c>.</summary>
internal static class GraphExports
{
    public static void GraphMl(Graph graph, TextWriter output, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the GraphML writer is not part of this build yet");

    public static void Gexf(Graph graph, TextWriter output, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the GEXF writer is not part of this build yet");

    public static void Dot(Graph graph, TextWriter output, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the DOT writer is not part of this build yet");
}
