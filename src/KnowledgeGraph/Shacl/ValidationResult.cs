using KnowledgeGraph.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// One <c>sh:ValidationResult</c>: a focus node that breaks one constraint of one shape. Immutable.
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed class ValidationResult
{
    internal ValidationResult(Term focusNode, ShaclPath? path, Term? value, NamedNode severity, Term sourceShape,
        NamedNode component, Term? sourceConstraint, IReadOnlyList<Literal> messages)
    {
        FocusNode = focusNode;
        PathModel = path;
        Value = value;
        Severity = severity;
        SourceShape = sourceShape;
        SourceConstraintComponent = component;
        SourceConstraint = sourceConstraint;
        Messages = messages;
    }

    internal ShaclPath? PathModel { get; }

    /// <summary><c>sh:focusNode</c>: the node that was validated.</summary>
    public Term FocusNode { get; }

    /// <summary><c>sh:resultPath</c>: the path's node in the shapes graph (an IRI, or the blank node of a path
    /// expression); null for node-shape constraints.</summary>
    public Term? ResultPath => PathModel?.Node;

    /// <summary>The result path in SPARQL property path syntax (<c>^&lt;http://…&gt;</c>), or null.</summary>
    public string? ResultPathText => PathModel?.ToSparql();

    /// <summary><c>sh:value</c>: the value node that breaks the constraint, where there is one.</summary>
    public Term? Value { get; }

    /// <summary><c>sh:resultSeverity</c>: <c>sh:Violation</c>, <c>sh:Warning</c>, <c>sh:Info</c> or a custom severity.</summary>
    public NamedNode Severity { get; }

    /// <summary>Whether <see cref="Severity"/> is <c>sh:Violation</c>.</summary>
    public bool IsViolation => Severity.Equals(Sh.Violation);

    /// <summary><c>sh:sourceShape</c>: the shape (node in the shapes graph) whose constraint is broken.</summary>
    public Term SourceShape { get; }

    /// <summary><c>sh:sourceConstraintComponent</c>, e.g. <c>sh:MinCountConstraintComponent</c>.</summary>
    public NamedNode SourceConstraintComponent { get; }

    /// <summary><c>sh:sourceConstraint</c>: the <c>sh:sparql</c> constraint node for SPARQL constraints, else null.</summary>
    public Term? SourceConstraint { get; }

    /// <summary><c>sh:resultMessage</c>s: the shape's <c>sh:message</c>s, or a message the validator made up.</summary>
    public IReadOnlyList<Literal> Messages { get; }

    /// <summary>The first message, as text (empty if there is none).</summary>
    public string Message => Messages.Count > 0 ? Messages[0].LexicalForm : "";

    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity.Value[(Severity.Value.LastIndexOf('#') + 1)..]}: {FocusNode}" +
        (ResultPathText is { } p ? " " + p : "") + (Value is not null ? " = " + Value : "") + ": " + Message;
}
