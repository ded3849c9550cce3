using KnowledgeGraph.Building;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Domain;

/// <summary>
/// The package's decoupling knowledge graph: the story graph (<see cref="Load"/>), the ontology it is written in
/// (<see cref="LoadOntology"/>) and a check of any graph against that ontology (<see cref="Validate"/>).
/// </summary>
/// <example>
/// <code>
/// Graph story = DecouplingGraph.Load();
/// foreach (var v in DecouplingGraph.Validate(story)) Console.WriteLine(v);   // prints nothing: the story is valid
/// </code>
/// </example>
/// <remarks>Thread safety: every member is safe to call from several threads at once.</remarks>
public static class DecouplingGraph
{
    /// <summary>The manifest name of the embedded ontology (<c>ontology/decoupling.ttl</c>).</summary>
    internal const string OntologyResourceName = "KnowledgeGraph.Decoupling.decoupling.ttl";

    private static readonly Lazy<Graph> s_ontology = new(ParseOntology);

    /// <summary>
    /// Builds the story graph: every fact of the article, with claims, hedging and sources (see
    /// <see cref="DecouplingStory"/>). Each call returns a new graph the caller may change.
    /// </summary>
    public static Graph Load() => new KnowledgeGraphBuilder().UseDecouplingStory().Build();

    /// <summary>
    /// The decoupling ontology (<c>https://w3id.org/decoupling/ontology#</c>) as shipped in the package. Each call
    /// returns a new graph the caller may change.
    /// </summary>
    public static Graph LoadOntology()
    {
        var copy = new Graph();
        foreach (var (prefix, ns) in s_ontology.Value.Prefixes) copy.Prefixes.Add(prefix, ns);
        copy.AddRange(s_ontology.Value);
        return copy;
    }

    /// <summary>The ontology as Turtle text, exactly as shipped.</summary>
    public static string OntologyTurtle()
    {
        using var stream = typeof(DecouplingGraph).Assembly.GetManifestResourceStream(OntologyResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {OntologyResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Checks <paramref name="graph"/> against the decoupling shapes with SHACL: the shipped
    /// <c>ontology/decoupling-shapes.ttl</c> (one preferred label per language, claims stated in an article with their
    /// original text, events with participants and a sourced claim, quantities with values and units, Wikidata links)
    /// and shapes derived from the ontology (the shipped one unless given): domains and ranges, the properties each
    /// class requires, and that every <c>dcp:</c> term used exists and every node is typed. Returns an empty list
    /// for a valid graph. Thread-safe.
    /// </summary>
    public static IReadOnlyList<OntologyViolation> Validate(Graph graph, Graph? ontology = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (ontology is null) return ShapeViolations.Validate(graph, SharedModel, s_shapes.Value.Graph, s_shapes.Value.Shapes);
        var model = new OntologyModel(ontology);
        var shapesGraph = ShapeViolations.ShapesGraphFor(model);
        return ShapeViolations.Validate(graph, model, shapesGraph, new ShapesGraph(shapesGraph));
    }

    /// <summary>
    /// The shapes <see cref="Validate"/> uses, for the shipped ontology: <c>ontology/decoupling-shapes.ttl</c> and the
    /// shapes derived from the ontology, for use with <see cref="ShaclValidator"/> or <c>kg validate</c>. Each call
    /// returns a new graph.
    /// </summary>
    public static Graph LoadShapes()
    {
        var copy = new Graph();
        foreach (var (prefix, ns) in s_shapes.Value.Graph.Prefixes) copy.Prefixes.Add(prefix, ns);
        copy.AddRange(s_shapes.Value.Graph);
        return copy;
    }

    internal static OntologyModel SharedModel => s_model.Value;

    private static readonly Lazy<OntologyModel> s_model = new(() => new OntologyModel(s_ontology.Value));

    private static readonly Lazy<(Graph Graph, ShapesGraph Shapes)> s_shapes = new(() =>
    {
        var g = ShapeViolations.ShapesGraphFor(SharedModel);
        return (g, new ShapesGraph(g));
    });

    private static Graph ParseOntology() => Graph.Parse(OntologyTurtle(), RdfFormat.Turtle, Dcp.Ontology.Value);
}
