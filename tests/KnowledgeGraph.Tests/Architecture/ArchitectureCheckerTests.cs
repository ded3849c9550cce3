namespace KnowledgeGraph.Tests.Architecture;

/// <summary>
/// The checker itself, run on tests/ArchitectureFixture (built with the solution): it must report the fixture's
/// deliberately forbidden <c>using</c>, the cycle it closes, and a use through each channel it claims to read, and
/// must not count an import that is never used.
/// </summary>
public class ArchitectureCheckerTests
{
    private const string Root = "ArchitectureFixture";

    private static readonly LayerRules Rules = new(Root)
    {
        { "Model" },
        { "Store", "Model" },
        { "Channels", "Targets.*" },
        { "Targets.*" },
    };

    private static string FixturePath => typeof(ArchitectureFixture.Model.Term).Assembly.Location;

    private static IReadOnlyList<TypeDependency> Dependencies => TypeDependencies.Read(FixturePath, Root);

    [Test]
    public void The_forbidden_using_is_reported_with_the_edge_and_the_types()
    {
        Rules.Violations(Dependencies, TypeDependencies.Namespaces(FixturePath, Root))
            .Should().Equal("ArchitectureFixture.Model -> ArchitectureFixture.Store via Shortcut -> TermIndex");
    }

    [Test]
    public void The_cycle_the_forbidden_using_closes_is_reported()
    {
        NamespaceCycles.Find(Dependencies).Should().Equal(
            "ArchitectureFixture.Model, ArchitectureFixture.Store depend on each other, e.g. " +
            "ArchitectureFixture.Model -> ArchitectureFixture.Store via Shortcut -> TermIndex; " +
            "ArchitectureFixture.Store -> ArchitectureFixture.Model via TermIndex -> Term");
    }

    [Test]
    public void Without_the_forbidden_edge_there_is_no_violation_and_no_cycle()
    {
        var allowed = Dependencies.Where(d => d.FromType != "Shortcut").ToList();
        Rules.Violations(allowed, TypeDependencies.Namespaces(FixturePath, Root)).Should().BeEmpty();
        NamespaceCycles.Find(allowed).Should().BeEmpty();
    }

    [TestCase("BaseTypeUse", "Base", "BaseThing")]
    [TestCase("InterfaceUse", "Interface", "IThing")]
    [TestCase("GenericFieldUse", "Generic", "GenericArgument")]
    [TestCase("SignatureUse", "Signature", "ParameterThing")]
    [TestCase("LocalUse", "Local", "LocalThing")]
    [TestCase("CallUse", "Call", "Helper")]
    [TestCase("CastUse", "Cast", "CastThing")]
    [TestCase("TypeofUse", "Typeof", "TypeofThing")]
    [TestCase("LambdaUse", "Lambda", "LambdaThing")]
    [TestCase("AttributeUse", "Attribute", "MarkAttribute")]
    [TestCase("CatchUse", "Catch", "FixtureException")]
    public void Each_way_of_using_a_type_is_an_edge(string user, string targetNamespace, string target)
    {
        Dependencies.Should().Contain(new TypeDependency(
            "ArchitectureFixture.Channels", user, "ArchitectureFixture.Targets." + targetNamespace, target));
    }

    [Test]
    public void An_import_that_is_never_used_is_no_edge()
    {
        Dependencies.Should().NotContain(d => d.ToNamespace == "ArchitectureFixture.Targets.Unused");
    }

    [Test]
    public void A_namespace_without_a_layer_is_reported()
    {
        var partial = new LayerRules(Root) { { "Model" }, { "Store", "Model" }, { "Channels", "Targets.*" } };
        partial.Violations([], TypeDependencies.Namespaces(FixturePath, Root))
            .Should().Contain("ArchitectureFixture.Targets.Base has no layer in the rule table: add it");
    }
}
