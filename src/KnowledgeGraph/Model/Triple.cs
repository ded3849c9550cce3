namespace KnowledgeGraph.Model;

/// <summary>
/// An RDF triple (<see href="https://www.w3.org/TR/rdf11-concepts/#section-triples">RDF 1.1 Concepts, triples</see>).
/// The subject is an IRI or a blank node, the predicate an IRI, the object any term.
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public readonly record struct Triple
{
    /// <summary>Creates a triple, checking that the subject is not a literal.</summary>
    /// <exception cref="ArgumentException">The subject is a literal.</exception>
    public Triple(Term subject, NamedNode predicate, Term @object)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(@object);
        if (subject.IsLiteral) throw new ArgumentException("The subject of a triple cannot be a literal.", nameof(subject));
        Subject = subject;
        Predicate = predicate;
        Object = @object;
    }

    /// <summary>The subject: an IRI or a blank node.</summary>
    public Term Subject { get; }

    /// <summary>The predicate IRI.</summary>
    public NamedNode Predicate { get; }

    /// <summary>The object.</summary>
    public Term Object { get; }

    /// <summary>Deconstructs into subject, predicate and object.</summary>
    public void Deconstruct(out Term subject, out NamedNode predicate, out Term @object)
    {
        subject = Subject;
        predicate = Predicate;
        @object = Object;
    }

    /// <summary>The triple as one N-Triples line without the newline.</summary>
    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}
