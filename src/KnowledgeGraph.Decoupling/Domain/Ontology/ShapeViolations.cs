using KnowledgeGraph.Model;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Domain;

/// <summary>
/// Validates a graph against the decoupling shapes (the shipped <c>ontology/decoupling-shapes.ttl</c> plus the shapes
/// <see cref="OntologyShapes"/> derives from the ontology) and turns the SHACL results into
/// <see cref="OntologyViolation"/>s: the kind and property come from the shape's <c>dcsh:kind</c> and
/// <c>dcsh:property</c>, the sentence from its <c>sh:message</c> plus what the value is.
/// </summary>
internal static class ShapeViolations
{
    /// <summary>The manifest name of the embedded shapes (<c>ontology/decoupling-shapes.ttl</c>).</summary>
    public const string ShapesResourceName = "KnowledgeGraph.Decoupling.decoupling-shapes.ttl";

    private static readonly Lazy<Graph> s_handWritten = new(() =>
        Graph.Parse(ReadResource(), Syntax.RdfFormat.Turtle, OntologyShapes.Namespace));

    public static string ReadResource()
    {
        using var stream = typeof(ShapeViolations).Assembly.GetManifestResourceStream(ShapesResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ShapesResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The hand-written shapes and those generated from <paramref name="model"/>, as one graph.</summary>
    public static Graph ShapesGraphFor(OntologyModel model)
    {
        var g = new Graph();
        foreach (var (p, ns) in s_handWritten.Value.Prefixes) g.Prefixes.Add(p, ns);
        g.AddRange(s_handWritten.Value);
        OntologyShapes.AddTo(g, model);
        return g;
    }

    public static IReadOnlyList<OntologyViolation> Validate(Graph graph, OntologyModel model, Graph shapesGraph, ShapesGraph shapes)
    {
        // The ontology is validated with the data: it gives sh:class its rdfs:subClassOf and its individuals their types.
        var data = new Graph();
        data.AddRange(graph);
        data.AddRange(model.Graph);
        var report = ShaclValidator.Validate(data, shapes);
        var violations = new List<OntologyViolation>();
        var seen = new HashSet<(ViolationKind, Term, NamedNode?, Term?)>();
        foreach (var r in report.Results)
        {
            var kind = KindOf(shapesGraph, r.SourceShape);
            var property = shapesGraph.Objects(r.SourceShape, OntologyShapes.Property).OfType<NamedNode>().FirstOrDefault()
                           ?? r.ResultPath as NamedNode;
            var value = kind is ViolationKind.MissingProperty or ViolationKind.Untyped ? null : r.Value;
            if (!seen.Add((kind, r.FocusNode, property, value))) continue;
            violations.Add(new OntologyViolation(kind, r.FocusNode, property, value, Sentence(kind, r, data)));
        }
        return violations;
    }

    private static ViolationKind KindOf(Graph shapes, Term shape) =>
        shapes.Objects(shape, OntologyShapes.Kind).OfType<Literal>().FirstOrDefault() is { } k
        && Enum.TryParse<ViolationKind>(k.LexicalForm, out var kind) ? kind : ViolationKind.Constraint;

    private static string Sentence(ViolationKind kind, ValidationResult r, Graph data)
    {
        var text = r.Message;
        if (kind == ViolationKind.UnknownTerm && r.Value is not null)
            return $"uses {Names.Compact(r.ResultPath)} {Names.Compact(r.Value)}: {Names.Compact(r.ResultPath is NamedNode p && p.Equals(Vocab.Rdf.Type) ? r.Value : r.ResultPath)} is not defined by the ontology.";
        if (r.Value is null || kind is ViolationKind.MissingProperty or ViolationKind.Untyped) return text + ".";
        return $"{text}: {Names.Compact(r.Value)} is {Describe(r.Value, data)}.";
    }

    private static string Describe(Term node, Graph data)
    {
        if (node is Literal l) return l.HasLanguage ? $"a literal in language {l.Language}" : $"a literal of type {Names.Compact(l.Datatype)}";
        var types = data.Objects(node, Vocab.Rdf.Type).OfType<NamedNode>().Select(t => Names.Compact(t)).OrderBy(t => t, StringComparer.Ordinal).ToList();
        return types.Count == 0 ? "untyped" : "a " + string.Join(" and a ", types);
    }
}
