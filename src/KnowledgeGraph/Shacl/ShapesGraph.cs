using KnowledgeGraph.Model;
using KnowledgeGraph.Store;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// A SHACL shapes graph, read once into shapes, targets and constraints (SHACL Core and SHACL-SPARQL, plus SHACL-AF
/// <c>sh:SPARQLTarget</c>s). Immutable after construction and safe to share between threads and validations.
/// </summary>
/// <example>
/// <code>
/// var shapes = ShapesGraph.Load("shapes.ttl");
/// var report = new ShaclValidator(shapes).Validate(Graph.Load("data.ttl"));
/// if (!report.Conforms) foreach (var r in report.Results) Console.WriteLine(r);
/// </code>
/// </example>
public sealed class ShapesGraph
{
    /// <summary>Reads the shapes in <paramref name="graph"/> (which is copied, so later changes to it do not count).</summary>
    /// <exception cref="ShaclException">The shapes graph is malformed (an ill-formed path or list, a SPARQL query
    /// that does not parse or breaks the pre-binding rules).</exception>
    public ShapesGraph(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = new Graph();
        foreach (var (prefix, ns) in graph.Prefixes) Graph.Prefixes.Add(prefix, ns);
        Graph.AddRange(graph);
        var reader = new ShapeReader(Graph);
        TargetedShapes = reader.ReadAll();
        ShapeCount = reader.Count;
    }

    /// <summary>Parses a shapes graph from text (Turtle unless <paramref name="format"/> says otherwise).</summary>
    /// <exception cref="RdfSyntaxException">The text is not valid in <paramref name="format"/>.</exception>
    /// <exception cref="ShaclException">The shapes graph is malformed.</exception>
    public static ShapesGraph Parse(string text, RdfFormat? format = null, string? baseIri = null) =>
        new(Graph.Parse(text, format ?? RdfFormat.Turtle, baseIri));

    /// <summary>Loads a shapes graph from a file (format from the extension unless given).</summary>
    /// <exception cref="RdfSyntaxException">The file is not valid RDF.</exception>
    /// <exception cref="ShaclException">The shapes graph is malformed.</exception>
    public static ShapesGraph Load(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default) =>
        new(Graph.Load(path, format, baseIri, cancellationToken));

    /// <summary>The number of shapes read (node and property shapes, with or without targets).</summary>
    public int ShapeCount { get; }

    internal Graph Graph { get; }

    /// <summary>The shapes with at least one target, in the order the graph lists them.</summary>
    internal IReadOnlyList<Shape> TargetedShapes { get; }
}
