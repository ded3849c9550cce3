using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>A node shape or property shape read from the shapes graph, with its targets and constraints.</summary>
internal sealed class Shape
{
    public Shape(Term node) => Node = node;

    public Term Node { get; }

    /// <summary>The <c>sh:path</c> of a property shape; null for a node shape.</summary>
    public ShaclPath? Path { get; set; }

    public bool IsPropertyShape => Path is not null;

    public bool Deactivated { get; set; }

    public NamedNode Severity { get; set; } = Sh.Violation;

    public List<Literal> Messages { get; } = [];

    public List<ITarget> Targets { get; } = [];

    public List<IConstraint> Constraints { get; } = [];

    /// <summary>Adds a result of one of this shape's constraints to <paramref name="results"/>.</summary>
    public void Report(List<ValidationResult> results, Term focus, Term? value, NamedNode component,
        string defaultMessage, ShaclPath? path = null, Term? sourceConstraint = null, IReadOnlyList<Literal>? messages = null)
    {
        var texts = messages is { Count: > 0 } ? messages
            : Messages.Count > 0 ? Messages
            : [Literal.Create(defaultMessage)];
        results.Add(new ValidationResult(focus, path ?? Path, value, Severity, Node, component, sourceConstraint, texts));
    }

    public override string ToString() => Node.ToString();
}

/// <summary>One constraint of a shape: a constraint component with its parameter values.</summary>
internal interface IConstraint
{
    /// <summary>Checks the value nodes of <paramref name="focus"/> and adds a result for each violation.</summary>
    void Evaluate(ValidationEngine engine, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results);
}
