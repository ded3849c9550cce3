using System.Globalization;

namespace KnowledgeGraph.Model;

/// <summary>
/// An RDF literal: a lexical form with a datatype IRI, and a language tag when the datatype is
/// <c>rdf:langString</c> (<see href="https://www.w3.org/TR/rdf11-concepts/#section-Graph-Literal">RDF 1.1 Concepts, literals</see>).
/// Language tags are kept as written (<c>zh-Hans</c>) and compared case-insensitively.
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed partial class Literal : Term
{
    private Literal(string lexicalForm, NamedNode datatype, string? language)
    {
        LexicalForm = lexicalForm;
        Datatype = datatype;
        Language = language;
    }

    /// <summary>The lexical form.</summary>
    public string LexicalForm { get; }

    /// <summary>The datatype IRI; <c>xsd:string</c> for simple literals, <c>rdf:langString</c> for tagged ones.</summary>
    public NamedNode Datatype { get; }

    /// <summary>The language tag as written, or null.</summary>
    public string? Language { get; }

    /// <summary>True when the literal has a language tag.</summary>
    public bool HasLanguage => Language is not null;

    /// <summary>True for an <c>xsd:string</c> literal without a language tag.</summary>
    public bool IsSimple => Language is null && Datatype.Value == Vocab.Xsd.StringIri;

    /// <inheritdoc />
    public override TermKind Kind => TermKind.Literal;

    /// <summary>A simple (<c>xsd:string</c>) literal.</summary>
    public static Literal Create(string lexicalForm)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        return new Literal(lexicalForm, Vocab.Xsd.String, null);
    }

    /// <summary>A typed literal. A datatype of <c>rdf:langString</c> needs <see cref="CreateLanguageTagged"/>.</summary>
    public static Literal Create(string lexicalForm, NamedNode datatype)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatype);
        return new Literal(lexicalForm, datatype, null);
    }

    /// <summary>A language-tagged string (<c>rdf:langString</c>).</summary>
    /// <exception cref="ArgumentException">The tag is not a well-formed BCP 47 tag, or is longer than 255 characters.</exception>
    public static Literal CreateLanguageTagged(string lexicalForm, string language)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(language);
        if (LanguageTag.Problem(language) is { } problem) throw new ArgumentException(problem + ".", nameof(language));
        return new Literal(lexicalForm, Vocab.Rdf.LangString, language);
    }

    /// <summary>Creates a literal without validating the language tag, for input a parser has already checked.</summary>
    public static Literal CreateUnchecked(string lexicalForm, NamedNode datatype, string? language) =>
        new(lexicalForm, language is null ? datatype : Vocab.Rdf.LangString, language);

    /// <summary>An <c>xsd:integer</c> literal.</summary>
    public static Literal Integer(long value) => new(value.ToString(CultureInfo.InvariantCulture), Vocab.Xsd.Integer, null);

    /// <summary>An <c>xsd:decimal</c> literal in the XSD 1.1 canonical form (<c>6</c>, <c>1.5</c>).</summary>
    public static Literal Decimal(decimal value) => new(XsdFormat.Decimal(value), Vocab.Xsd.Decimal, null);

    /// <summary>An <c>xsd:double</c> literal in the XSD 1.1 canonical form (<c>2.0E-1</c>).</summary>
    public static Literal Double(double value) => new(XsdFormat.Double(value), Vocab.Xsd.Double, null);

    /// <summary>An <c>xsd:boolean</c> literal.</summary>
    public static Literal Boolean(bool value) => new(value ? "true" : "false", Vocab.Xsd.Boolean, null);

    /// <inheritdoc />
    public override bool Equals(Term? other)
    {
        if (ReferenceEquals(this, other)) return true;
        return other is Literal l
            && string.Equals(LexicalForm, l.LexicalForm, StringComparison.Ordinal)
            && string.Equals(Datatype.Value, l.Datatype.Value, StringComparison.Ordinal)
            && string.Equals(Language, l.Language, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        LexicalForm.GetHashCode(StringComparison.Ordinal),
        Datatype.Value.GetHashCode(StringComparison.Ordinal),
        Language is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Language));

    /// <inheritdoc />
    public override string ToString()
    {
        var quoted = "\"" + NTriplesEscaping.EscapeString(LexicalForm) + "\"";
        if (Language is not null) return quoted + "@" + Language;
        if (Datatype.Value == Vocab.Xsd.StringIri) return quoted;
        return quoted + "^^" + Datatype;
    }

    private protected override int CompareSameKind(Term other)
    {
        var l = (Literal)other;
        int c = string.CompareOrdinal(LexicalForm, l.LexicalForm);
        if (c != 0) return c;
        c = string.CompareOrdinal(Datatype.Value, l.Datatype.Value);
        if (c != 0) return c;
        return string.Compare(Language, l.Language, StringComparison.OrdinalIgnoreCase);
    }
}
