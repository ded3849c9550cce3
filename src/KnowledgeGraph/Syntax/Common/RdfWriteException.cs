namespace KnowledgeGraph.Syntax;

/// <summary>
/// Data that a syntax cannot carry, refused by its writer: a quad in a named graph for a triple syntax, a
/// character XML 1.0 forbids (U+0000, a form feed, U+FFFF) for RDF/XML or SPARQL Results XML, a predicate RDF/XML
/// cannot split into a namespace and a local name; and, in every syntax, a term the model was given unchecked that
/// no reader would accept (an IRI breaking the IRI rule the readers share, a malformed language tag, a literal with
/// a lone surrogate). Writers throw it instead of writing text that no reader would
/// read back; those that must see all their input first (RDF/XML, SPARQL Results XML) throw before writing anything.
/// </summary>
/// <remarks>It derives from <see cref="InvalidOperationException"/>, which writers threw before it existed.
/// <para>Thread safety: immutable once thrown; safe to read from any thread.</para>
/// </remarks>
public sealed class RdfWriteException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="syntax">The syntax that cannot carry the data, such as <c>RDF/XML</c>.</param>
    /// <param name="message">What cannot be written and why.</param>
    public RdfWriteException(string syntax, string message) : base(message) => Syntax = syntax;

    /// <summary>The syntax that refused the data, such as <c>RDF/XML</c> or <c>N-Triples</c>.</summary>
    public string Syntax { get; }
}
