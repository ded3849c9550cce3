namespace KnowledgeGraph.Tests.Architecture;

/// <summary>The layers of the KnowledgeGraph.Decoupling package, checked on its compiled assembly the way
/// <see cref="CoreLayerTests"/> checks the core.</summary>
public class DecouplingLayerTests
{
    internal static readonly LayerRules Rules = new("KnowledgeGraph")
    {
        { "Building" },                 // the builder and the vocabulary it writes (Dcp, EdtfDate, Hedge)
        { "Domain", "Building" },       // the story, ontology validation and typed queries, written with the builder
    };

    private static string AssemblyPath => typeof(KnowledgeGraph.Domain.DecouplingGraph).Assembly.Location;

    [Test]
    public void No_namespace_uses_a_layer_its_rule_does_not_allow()
    {
        var violations = Rules.Violations(TypeDependencies.Read(AssemblyPath, Rules.Root), TypeDependencies.Namespaces(AssemblyPath, Rules.Root));
        violations.Should().BeEmpty();
    }

    [Test]
    public void No_namespaces_depend_on_each_other_in_a_cycle() =>
        NamespaceCycles.Find(TypeDependencies.Read(AssemblyPath, Rules.Root)).Should().BeEmpty();
}
