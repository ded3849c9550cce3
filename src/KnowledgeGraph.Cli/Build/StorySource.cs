using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Cli.Build;

/// <summary>The one place <c>kg build</c> calls the domain library: the embedded ontology and story graph, and the
/// validation of the graph against the ontology.</summary>
internal static class StorySource
{
    public static Graph LoadOntology() => DecouplingGraph.LoadOntology();

    public static Graph LoadStory() => DecouplingGraph.Load();

    /// <summary>Readable descriptions of every violation of the ontology; empty when the graph is valid.</summary>
    public static IReadOnlyList<string> Validate(Graph story, Graph ontology) =>
        DecouplingGraph.Validate(story, ontology).Select(v => v.ToString()).ToList();
}
