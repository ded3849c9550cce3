using KnowledgeGraph.Store;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// Validates data graphs against a <see cref="ShapesGraph"/> with <see href="https://www.w3.org/TR/shacl/">SHACL</see>
/// Core and SHACL-SPARQL, the SPARQL parts running on the library's own engine. A validator is immutable: one
/// instance may validate many graphs, from many threads at once (each call has its own state). The data graph must
/// not change during a call.
/// </summary>
/// <example>
/// <code>
/// var validator = new ShaclValidator(ShapesGraph.Load("shapes.ttl"));
/// ValidationReport report = validator.Validate(Graph.Load("data.ttl"));
/// Console.WriteLine(report.Conforms);
/// report.ToGraph().Write(Console.Out, RdfFormat.Turtle);   // the W3C sh:ValidationReport
/// </code>
/// </example>
public sealed class ShaclValidator
{
    /// <summary>Creates a validator for the given shapes.</summary>
    public ShaclValidator(ShapesGraph shapes) => Shapes = shapes ?? throw new ArgumentNullException(nameof(shapes));

    /// <summary>The shapes this validator checks.</summary>
    public ShapesGraph Shapes { get; }

    /// <summary>Validates <paramref name="dataGraph"/>: every focus node of every targeted shape.</summary>
    /// <exception cref="ShaclException">A failure: a SPARQL constraint reported <c>?failure</c>, or its query could
    /// not be evaluated.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ValidationReport Validate(Graph dataGraph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataGraph);
        var engine = new ValidationEngine(dataGraph, Shapes, cancellationToken);
        try
        {
            return new ValidationReport(engine.Run(), Shapes.Graph);
        }
        catch (KnowledgeGraph.Sparql.SparqlEvaluationException e)
        {
            throw new ShaclException("A SPARQL constraint could not be evaluated: " + e.Message, e);
        }
    }

    /// <summary>Validates a graph against shapes in one call.</summary>
    public static ValidationReport Validate(Graph dataGraph, ShapesGraph shapes, CancellationToken cancellationToken = default) =>
        new ShaclValidator(shapes).Validate(dataGraph, cancellationToken);
}
