using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The functions on RDF terms of SPARQL 1.1 section 17.4.2.</summary>
internal static class Terms
{
    public static Term? IsIri(Term? a) => a is null ? null : SparqlOperators.Bool(a.IsNamedNode);

    public static Term? IsBlank(Term? a) => a is null ? null : SparqlOperators.Bool(a.IsBlankNode);

    public static Term? IsLiteral(Term? a) => a is null ? null : SparqlOperators.Bool(a.IsLiteral);

    /// <summary>True for a literal of a numeric datatype whose lexical form is valid for it.</summary>
    public static Term? IsNumeric(Term? a) => a is null ? null : SparqlOperators.Bool(NumericValue.TryGet(a, out _));

    public static Term? Str(Term? a) => a switch
    {
        NamedNode n => Literal.Create(n.Value),
        Literal l => l.IsSimple ? l : Literal.Create(l.LexicalForm),
        _ => null,
    };

    public static Term? Lang(Term? a) => a is Literal l ? Literal.Create(l.Language ?? "") : null;

    public static Term? Datatype(Term? a) => a is Literal l ? l.Datatype : null;

    /// <summary>langMatches (RFC 4647 basic filtering): "*" matches any non-empty tag; otherwise a case-insensitive prefix match on subtag boundaries.</summary>
    public static Term? LangMatches(Term? tag, Term? range)
    {
        if (!XsdTypes.IsSimpleString(tag) || !XsdTypes.IsSimpleString(range)) return null;
        string t = ((Literal)tag!).LexicalForm, r = ((Literal)range!).LexicalForm;
        if (r == "*") return SparqlOperators.Bool(t.Length > 0);
        bool match = t.Length >= r.Length
            && string.Compare(t, 0, r, 0, r.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (t.Length == r.Length || t[r.Length] == '-');
        return SparqlOperators.Bool(match && r.Length > 0);
    }

    /// <summary>IRI/URI: an IRI unchanged, or a simple/xsd:string literal resolved against the base IRI.</summary>
    public static Term? Iri(Term? a, FunctionContext context)
    {
        if (a is NamedNode) return a;
        if (!XsdTypes.IsSimpleString(a)) return null;
        var text = ((Literal)a!).LexicalForm;
        string resolved;
        try
        {
            resolved = context.BaseIri is null ? text : IriResolver.Resolve(context.BaseIri, text);
        }
        catch (ArgumentException)
        {
            return null;
        }
        return IriSyntax.IsAbsoluteIri(resolved, out _) ? NamedNode.CreateUnchecked(resolved) : null;
    }

    public static Term Uuid() => NamedNode.CreateUnchecked("urn:uuid:" + Guid.NewGuid().ToString("D"));

    public static Term StrUuid() => Literal.Create(Guid.NewGuid().ToString("D"));
}
