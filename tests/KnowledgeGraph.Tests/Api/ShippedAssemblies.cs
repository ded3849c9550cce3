using System.Reflection;

namespace KnowledgeGraph.Tests.Api;

/// <summary>The library assemblies the packages ship, which the API tests inspect (the kg tool is not a library).</summary>
internal static class ShippedAssemblies
{
    public static readonly Assembly[] All =
    [
        typeof(Graph).Assembly,
        typeof(KnowledgeGraph.Server.SparqlServer).Assembly,
        typeof(KnowledgeGraph.Analysis.GraphProjection).Assembly,
        typeof(KnowledgeGraph.Domain.DecouplingGraph).Assembly,
        typeof(KnowledgeGraph.Interactive.KnowledgeGraphFormatters).Assembly,
        typeof(KnowledgeGraph.RocksDb.RocksDbStore).Assembly,
    ];
}
