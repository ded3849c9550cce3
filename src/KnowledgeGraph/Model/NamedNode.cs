using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Model;

/// <summary>
/// An IRI used as an RDF term (<see href="https://www.w3.org/TR/rdf11-concepts/#section-IRIs">RDF 1.1 Concepts, IRIs</see>).
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed class NamedNode : Term
{
    private NamedNode(string iri) => Value = iri;

    /// <summary>The absolute IRI, as a string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.NamedNode;

    /// <summary>Creates an IRI term, checking that <paramref name="iri"/> is an absolute IRI.</summary>
    /// <exception cref="ArgumentException">The string is not an absolute IRI.</exception>
    public static NamedNode Create(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        if (!IriSyntax.IsAbsoluteIri(iri, out var error))
            throw new ArgumentException($"'{iri}' is not an absolute IRI: {error}.", nameof(iri));
        return new NamedNode(iri);
    }

    /// <summary>Creates an IRI term when <paramref name="iri"/> is an absolute IRI (the check <see cref="Create"/> makes);
    /// false, with <paramref name="node"/> null, when it is not.</summary>
    public static bool TryCreate(string? iri, [NotNullWhen(true)] out NamedNode? node)
    {
        node = iri is not null && IriSyntax.IsAbsoluteIri(iri, out _) ? new NamedNode(iri) : null;
        return node is not null;
    }

    /// <summary>Creates an IRI term without validation, for input a parser has already checked.</summary>
    public static NamedNode CreateUnchecked(string iri) => new(iri);

    /// <summary>Converts an absolute IRI string to a term (validating it).</summary>
    public static implicit operator NamedNode(string iri) => Create(iri);

    /// <inheritdoc />
    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is NamedNode n && string.Equals(Value, n.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => "<" + NTriplesEscaping.EscapeIri(Value) + ">";

    private protected override int CompareSameKind(Term other) =>
        string.CompareOrdinal(Value, ((NamedNode)other).Value);
}
