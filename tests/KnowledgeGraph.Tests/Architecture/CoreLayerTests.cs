using KnowledgeGraph.Sparql.Results;
namespace KnowledgeGraph.Tests.Architecture;

/// <summary>
/// The layers of the core package, checked on the compiled KnowledgeGraph.dll: a namespace may use only the layers
/// its line names, and no namespaces depend on each other in a cycle. A failure names the edge and the types that
/// make it (<c>KnowledgeGraph.Syntax.Turtle -> KnowledgeGraph.Store via TurtleFormatter -> IndexedQuads</c>).
/// </summary>
public class CoreLayerTests
{
    /// <summary>The core's layers, lowest first. Relative to <c>KnowledgeGraph</c>; <c>X.*</c> is X and below.</summary>
    internal static readonly LayerRules Rules = new("KnowledgeGraph")
    {
        { "Model" },                                                        // RDF terms: depends on nothing
        { "Storage", "Model" },                                             // the id-level store interface
        { "Syntax.*", "Model", "Storage", "Syntax.*" },                     // readers and writers
        { "Store", "Model", "Storage", "Syntax.*" },                        // the in-memory store (+ convenience I/O)
        { "Sparql", "Model", "Syntax" },                                    // SPARQL's public vocabulary: options, rows,
                                                                            // exceptions, the query form
        { "Sparql.Algebra.*", "Model", "Storage", "Sparql" },
        { "Sparql.Updating.Operations", "Sparql.Algebra.*", "Sparql.Parsing.Syntax", "Model", "Sparql" }, // parsed update operations
        { "Sparql.Parsing.*", "Sparql.Algebra.*", "Sparql.Updating.Operations", "Model", "Syntax", "Sparql" }, // Syntax = IRIs, errors
        { "Sparql.Optimization.*", "Sparql.Algebra.*", "Sparql.Functions.*", "Model", "Storage" }, // rewrites plans (folding
                                                                            // constants with Functions); never runs them
        { "Sparql.Functions.*", "Model", "Sparql" },                        // the expression library on terms
        { "Sparql.Evaluation.*", "Sparql.Algebra.*", "Sparql.Functions.*", "Model", "Storage", "Sparql" }, // no parser, no Store
        { "Sparql.Updating", "Sparql.Updating.Operations", "Sparql.Parsing.Syntax", "Sparql.Optimization.*", "Sparql.Evaluation.*", "Sparql.Algebra.*", "Model", "Storage", "Syntax.*", "Sparql" },
        { "Sparql.Results.*", "Model", "Syntax.*", "Sparql", "" },          // results formats (of a root SparqlResult)
        { "Shacl.*", "Model", "Syntax.*", "Sparql", "Sparql.Results", "Sparql.Functions", "Shacl.*", "" }, // SHACL on the public
                                                                            // SPARQL API, and on SPARQL's operators and REGEX,
                                                                            // by which SHACL defines sh:lessThan, sh:minInclusive…
                                                                            // and sh:pattern (SHACL §4.4, §4.5, §4.7)
        { "Export.*", "Model", "Storage", "Syntax", "" },                   // GraphML, GEXF, DOT (of a root Graph); not SPARQL
        { "Remote.*", "Model", "Syntax.*", "Sparql.Results.*", "Sparql", "Remote.*", "" }, // the protocol client (CONSTRUCT gives a Graph)
        { "", "*" },                                                        // the facade: Graph, Dataset, SparqlQuery, SparqlUpdate
    };

    /// <summary>
    /// Edges that break the rules today, each with why it is still there. The test fails when one of them goes away
    /// (delete its line) as well as when a new one appears, so the list only ever shrinks.
    /// </summary>
    internal static readonly Dictionary<string, string> Known = new()
    {
    };

    /// <summary>Edges inside one layer (so allowed by the table) that still close a cycle, with why; same rules as
    /// <see cref="Known"/>: the test fails when one is gone and its line is still here.</summary>
    internal static readonly Dictionary<string, string> KnownInCycles = new()
    {
    };

    private static string CorePath => typeof(KnowledgeGraph.Model.Term).Assembly.Location;

    [Test]
    public void No_namespace_uses_a_layer_its_rule_does_not_allow()
    {
        var dependencies = TypeDependencies.Read(CorePath, Rules.Root);
        var violations = Rules.Violations(dependencies, TypeDependencies.Namespaces(CorePath, Rules.Root));
        ArchitectureAssert.OnlyKnown(violations, Known, "forbidden dependencies");
    }

    [Test]
    public void No_namespaces_depend_on_each_other_in_a_cycle()
    {
        // The known violations are left out: each known cycle is closed by one of them, and is reported with it.
        var all = TypeDependencies.Read(CorePath, Rules.Root);
        var dependencies = all.Where(d => !Known.Keys.Concat(KnownInCycles.Keys).Any(k => ArchitectureAssert.IsEdge(d.ToString(), k)));
        NamespaceCycles.Find(dependencies).Should().BeEmpty("namespaces form layers; a cycle makes two of them one");
        var gone = KnownInCycles.Keys.Where(k => !all.Any(d => ArchitectureAssert.IsEdge(d.ToString(), k)));
        gone.Should().BeEmpty("an edge that no longer exists is deleted from KnownInCycles");
    }
}
