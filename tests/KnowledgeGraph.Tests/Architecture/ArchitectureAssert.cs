namespace KnowledgeGraph.Tests.Architecture;

/// <summary>Compares what a check found with its list of known violations, keyed by namespace edge (<c>A -> B</c>).</summary>
internal static class ArchitectureAssert
{
    /// <summary>True when <paramref name="violation"/> (<c>A -> B via T -> U</c>) is the edge <paramref name="edge"/> (<c>A -> B</c>).</summary>
    public static bool IsEdge(string violation, string edge) =>
        violation == edge || violation.StartsWith(edge + " via ", StringComparison.Ordinal);

    /// <summary>Fails on a violation not in <paramref name="known"/>, and on a known one that no longer occurs.</summary>
    public static void OnlyKnown(IReadOnlyList<string> violations, IReadOnlyDictionary<string, string> known, string what)
    {
        var unexpected = violations.Where(v => !known.Keys.Any(k => IsEdge(v, k))).ToList();
        var fixedOnes = known.Keys.Where(k => !violations.Any(v => IsEdge(v, k))).ToList();
        var message = "";
        if (unexpected.Count > 0)
            message += $"{what}:\n  " + string.Join("\n  ", unexpected) + "\n";
        if (fixedOnes.Count > 0)
            message += "known violations that no longer occur (delete them from the known list):\n  " + string.Join("\n  ", fixedOnes) + "\n";
        if (message.Length > 0) Assert.Fail(message);
    }
}
