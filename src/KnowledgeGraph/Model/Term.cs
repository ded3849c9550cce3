namespace KnowledgeGraph.Model;

/// <summary>The kind of an RDF term.</summary>
public enum TermKind
{
    /// <summary>An IRI (<see cref="NamedNode"/>).</summary>
    NamedNode = 0,
    /// <summary>A blank node (<see cref="BlankNode"/>).</summary>
    BlankNode = 1,
    /// <summary>A literal (<see cref="Literal"/>).</summary>
    Literal = 2,
}

/// <summary>
/// An RDF term: an IRI, a blank node or a literal
/// (<see href="https://www.w3.org/TR/rdf11-concepts/#dfn-rdf-term">RDF 1.1 Concepts, RDF term</see>).
/// Terms are immutable and compare by value.
/// </summary>
/// <remarks>Thread safety: terms are immutable; an instance can be shared between threads freely.</remarks>
public abstract class Term : IEquatable<Term>, IComparable<Term>
{
    private protected Term() { }

    /// <summary>Which kind of term this is.</summary>
    public abstract TermKind Kind { get; }

    /// <summary>True for an IRI.</summary>
    public bool IsNamedNode => Kind == TermKind.NamedNode;

    /// <summary>True for a blank node.</summary>
    public bool IsBlankNode => Kind == TermKind.BlankNode;

    /// <summary>True for a literal.</summary>
    public bool IsLiteral => Kind == TermKind.Literal;

    /// <inheritdoc />
    public abstract bool Equals(Term? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is Term t && Equals(t);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>The term in N-Triples syntax, e.g. <c>&lt;http://a&gt;</c>, <c>_:b0</c> or <c>"x"@en</c>.</summary>
    public abstract override string ToString();

    /// <summary>
    /// A total order: blank nodes, then IRIs, then literals (the order SPARQL's ORDER BY uses between kinds),
    /// then ordinal comparison of the lexical parts. Useful for deterministic output.
    /// </summary>
    public int CompareTo(Term? other)
    {
        if (other is null) return 1;
        int k = KindRank(this).CompareTo(KindRank(other));
        return k != 0 ? k : CompareSameKind(other);
    }

    private static int KindRank(Term t) => t.Kind switch
    {
        TermKind.BlankNode => 0,
        TermKind.NamedNode => 1,
        _ => 2,
    };

    private protected abstract int CompareSameKind(Term other);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Term? left, Term? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Term? left, Term? right) => !(left == right);
}
