using KnowledgeGraph.Conformance.Manifests;

namespace KnowledgeGraph.Conformance.Sparql;

/// <summary>
/// The one list of SPARQL evaluation tests we do not run, each with its reason (applied with <c>.Ignore</c>).
/// Only out-of-scope features belong here; a test that fails because of a bug stays enabled and fails.
/// </summary>
internal static class EvaluationKnownFailures
{
    private static readonly Dictionary<string, string> s_reasons = new(StringComparer.Ordinal)
    {
    };

    /// <summary>The reason a test is skipped, or null to run it.</summary>
    public static string? ReasonFor(ManifestTest test) => s_reasons.GetValueOrDefault(test.Iri);
}
