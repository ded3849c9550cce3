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
        { "Sparql.Algebra.*", "Model", "Storage" },
        { "Sparql.Parsing.*", "Sparql.Algebra.*", "Model", "Syntax" },      // Syntax = Syntax.Common (IRIs, errors)
        { "Sparql.Optimization.*", "Sparql.Algebra.*", "Sparql.Functions.*", "Model", "Storage" }, // rewrites plans (folding
                                                                            // constants with Functions); never runs them
        { "Sparql.Functions.*", "Model" },                                  // the expression library on terms
        { "Sparql.Evaluation.*", "Sparql.Algebra.*", "Sparql.Functions.*", "Model", "Storage" }, // no parser, no Store
        { "Sparql.Results.*", "Model", "Syntax.*" },
        { "Sparql", "Sparql.*", "Model", "Storage", "Store" },              // the SPARQL facade
        { "Export.*", "Model", "Storage", "Syntax", "" },                   // GraphML, GEXF, DOT (of a root Graph); not SPARQL
        { "Remote", "Model", "Syntax.*", "Sparql.Results.*", "Sparql", "" }, // the protocol client (CONSTRUCT gives a Graph)
        { "", "*" },                                                        // the root facade (Graph, Dataset)
    };

    /// <summary>
    /// Edges that break the rules today, each with why it is still there. The test fails when one of them goes away
    /// (delete its line) as well as when a new one appears, so the list only ever shrinks.
    /// </summary>
    internal static readonly Dictionary<string, string> Known = new()
    {
        // SPARQL: the public types (exceptions, results, query form) live in the facade namespace the layers below use.
        ["KnowledgeGraph.Sparql.Parsing -> KnowledgeGraph.Sparql"] = "the parser throws Sparql.SparqlSyntaxException, declared in the facade",
        ["KnowledgeGraph.Sparql.Parsing.Syntax -> KnowledgeGraph.Sparql"] = "QuerySyntax carries Sparql.SparqlQueryForm, declared in the facade",
        ["KnowledgeGraph.Sparql.Functions -> KnowledgeGraph.Sparql"] = "functions throw Sparql.SparqlEvaluationException, declared in the facade",
        ["KnowledgeGraph.Sparql.Evaluation -> KnowledgeGraph.Sparql"] = "the evaluator throws Sparql.SparqlEvaluationException and builds Sparql.SparqlResult",
        ["KnowledgeGraph.Sparql.Evaluation.Operators -> KnowledgeGraph.Sparql"] = "operators throw Sparql.SparqlEvaluationException, declared in the facade",
        ["KnowledgeGraph.Sparql.Results.Json -> KnowledgeGraph.Sparql"] = "the results formats read and write Sparql.SparqlResult, declared in the facade",
        ["KnowledgeGraph.Sparql.Results.Text -> KnowledgeGraph.Sparql"] = "the results formats read and write Sparql.SparqlResult, declared in the facade",
        ["KnowledgeGraph.Sparql.Results.Xml -> KnowledgeGraph.Sparql"] = "the results formats read and write Sparql.SparqlResult, declared in the facade",
        ["KnowledgeGraph.Sparql.Results.Text -> KnowledgeGraph.Sparql.Functions"] = "the TSV writer formats numbers with Functions.XsdLexical (belongs in Model)",
        ["KnowledgeGraph.Sparql -> KnowledgeGraph.Syntax"] = "SparqlResultsReader opens its text through Syntax.RdfInput",
        // Evaluation drives the whole query and builds Store graphs.
        ["KnowledgeGraph.Sparql.Evaluation -> KnowledgeGraph.Sparql.Parsing"] = "QueryExecutor parses and translates (AlgebraBuilder): orchestration belongs in the facade",
        ["KnowledgeGraph.Sparql.Evaluation -> KnowledgeGraph.Sparql.Parsing.Syntax"] = "QueryExecutor reads FROM, the base IRI and the CONSTRUCT template from QuerySyntax: the algebra (or the facade) should hand them over",
        ["KnowledgeGraph.Sparql.Evaluation -> KnowledgeGraph.Sparql.Optimization"] = "QueryExecutor runs the optimizer: orchestration belongs in the facade",
        ["KnowledgeGraph.Sparql.Evaluation -> KnowledgeGraph.Store"] = "DESCRIBE/CONSTRUCT (ConciseBoundedDescription, ConstructTemplate) build a Store.Graph: Graph moves to the root, or results are built by the facade",
        // Export and Remote take and give Store.Graph, which moves to the root facade (allowed).
        ["KnowledgeGraph.Export -> KnowledgeGraph.Store"] = "the exports take Store.Graph (and read its ids); Graph moves to the root namespace",
        ["KnowledgeGraph.Remote -> KnowledgeGraph.Store"] = "CONSTRUCT results are a Store.Graph; Graph moves to the root namespace",
    };

    /// <summary>Edges inside one layer (so allowed by the table) that still close a cycle, with why; same rules as
    /// <see cref="Known"/>: the test fails when one is gone and its line is still here.</summary>
    internal static readonly Dictionary<string, string> KnownInCycles = new()
    {
        ["KnowledgeGraph.Sparql.Algebra.Expressions -> KnowledgeGraph.Sparql.Algebra"] =
            "EXISTS is an expression holding a pattern (AlgebraNode) and filters are patterns holding expressions; " +
            "Expression.Patterns() and ExistsExpression name AlgebraNode: one namespace for both, or expressions reach patterns through an interface of their own",
        ["KnowledgeGraph.Syntax -> KnowledgeGraph.Syntax.JsonLd"] = Registry,
        ["KnowledgeGraph.Syntax -> KnowledgeGraph.Syntax.NTriples"] = Registry,
        ["KnowledgeGraph.Syntax -> KnowledgeGraph.Syntax.RdfXml"] = Registry,
        ["KnowledgeGraph.Syntax -> KnowledgeGraph.Syntax.Turtle"] = Registry,
        ["KnowledgeGraph.Sparql.Evaluation -> KnowledgeGraph.Sparql.Evaluation.Operators"] =
            "PlanCompiler (and AggregateFunctions) in Evaluation build the operators, which extend Evaluation's PlanNode: the compiler belongs with the operators",
    };

    private const string Registry =
        "RdfFormat (Syntax.Common, which every syntax uses) names the built-in formats and creates their readers and writers: the open format registry moves the built-ins above the syntaxes";

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
