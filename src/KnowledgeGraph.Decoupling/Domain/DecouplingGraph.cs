using KnowledgeGraph.Building;
using KnowledgeGraph.Store;
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
    /// Checks <paramref name="graph"/> against the ontology (the shipped one unless given): domains and ranges, the
    /// properties each class requires (a closure's agent and closed organization, a service restriction's target, …),
    /// that every event is backed by at least one claim and every claim states its source, and that every
    /// <c>dcp:</c> term used exists. Returns an empty list for a valid graph.
    /// </summary>
    public static IReadOnlyList<OntologyViolation> Validate(Graph graph, Graph? ontology = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var model = ontology is null ? SharedModel : new OntologyModel(ontology);
        return new OntologyValidator(graph, model).Run();
    }

    internal static OntologyModel SharedModel => s_model.Value;

    private static readonly Lazy<OntologyModel> s_model = new(() => new OntologyModel(s_ontology.Value));

    private static Graph ParseOntology() => Graph.Parse(OntologyTurtle(), RdfFormat.Turtle, Dcp.Ontology.Value);
}
