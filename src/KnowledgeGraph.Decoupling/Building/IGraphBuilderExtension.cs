namespace KnowledgeGraph.Building;

/// <summary>
/// A reusable set of nodes and facts added to a <see cref="KnowledgeGraphBuilder"/> with
/// <see cref="KnowledgeGraphBuilder.Use"/>, e.g. the decoupling story (<c>UseDecouplingStory()</c>). An extension can
/// look up what earlier extensions built with <see cref="KnowledgeGraphBuilder.Get{TNode}"/>.
/// </summary>
/// <remarks>Thread safety: <c>Setup</c> is called once, on the thread that builds the graph.</remarks>
public interface IGraphBuilderExtension
{
    /// <summary>Adds the extension's nodes and facts to <paramref name="builder"/>.</summary>
    void Setup(KnowledgeGraphBuilder builder);
}
