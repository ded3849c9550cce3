namespace KnowledgeGraph.Building;

/// <summary>
/// Thrown when a <see cref="KnowledgeGraphBuilder"/> is misused: a duplicate or malformed id, a second label in one
/// language, a role an event kind does not have, an event without its required agent or target, a claim without a
/// source, or any change after <see cref="KnowledgeGraphBuilder.Build"/>. The message names the node and says what to
/// fix; <see cref="Problems"/> lists every problem <see cref="KnowledgeGraphBuilder.Build"/> found.
/// </summary>
/// <remarks>Thread safety: immutable once thrown; safe to read from any thread.</remarks>
public sealed class GraphBuildException : InvalidOperationException
{
    /// <summary>Creates the exception for one problem.</summary>
    public GraphBuildException(string message) : this([message]) { }

    /// <summary>Creates the exception for several problems, one per line.</summary>
    public GraphBuildException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? problems[0] : $"{problems.Count} problems:\n  " + string.Join("\n  ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
