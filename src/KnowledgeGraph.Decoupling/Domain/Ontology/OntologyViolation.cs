using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

/// <summary>What rule of the ontology a graph breaks.</summary>
public enum ViolationKind
{
    /// <summary>The subject of a property is not in the property's <c>rdfs:domain</c>.</summary>
    Domain,
    /// <summary>The value of a property is not in the property's <c>rdfs:range</c>.</summary>
    Range,
    /// <summary>A node lacks a property its class requires (an OWL restriction), e.g. a closure without an agent, or
    /// an event no claim is about.</summary>
    MissingProperty,
    /// <summary>A <c>dcp:</c> class or property the ontology does not define (a typo, usually).</summary>
    UnknownTerm,
    /// <summary>A node has no <c>rdf:type</c>, so nothing can be checked about it.</summary>
    Untyped,
    /// <summary>Another constraint of the shapes is broken: a second preferred label in one language, a Wikidata
    /// link of the wrong form, a currency that is not an ISO 4217 code, …</summary>
    Constraint,
}

/// <summary>One way a graph breaks the decoupling ontology, found by <see cref="DecouplingGraph.Validate"/>.</summary>
/// <param name="Kind">Which rule is broken.</param>
/// <param name="Focus">The node the problem is about.</param>
/// <param name="Property">The property involved, if any.</param>
/// <param name="Value">The offending value, if any.</param>
/// <param name="Message">A sentence that says what is wrong, with prefixed names.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed record OntologyViolation(ViolationKind Kind, Term Focus, NamedNode? Property, Term? Value, string Message)
{
    /// <summary>The violation as one line: <c>dcpr:ibm-closure: MissingProperty: …</c>.</summary>
    public override string ToString() => $"{Names.Compact(Focus)}: {Kind}: {Message}";
}
