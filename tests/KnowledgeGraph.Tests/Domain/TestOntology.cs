using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Tests.Domain;

/// <summary>The shipped ontology, parsed once for the tests that only read it.</summary>
internal static class TestOntology
{
    private static readonly Lazy<Graph> s_graph = new(DecouplingGraph.LoadOntology);

    public static Graph Graph => s_graph.Value;

    public const string Python = "/usr/bin/python3";

    /// <summary>True when Debian's python3 has rdflib (installed by <c>.ci/install-deps.sh</c>).</summary>
    public static bool RdflibAvailable =>
        File.Exists(Python) && KnowledgeGraph.TestSupport.ExternalTool.Run(Python, ["-c", "import rdflib"]).ExitCode == 0;
}
