using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The operators of SPARQL 1.1 section 17.3 and the value semantics around them. Convention throughout: a null
/// argument is an unbound variable or an earlier error, and a null result is a type error (section 17.2), which
/// FILTER treats as false and BIND leaves unbound. Booleans are returned as <c>xsd:boolean</c> literals.
/// </summary>
internal static partial class SparqlOperators
{
    /// <summary>Effective boolean value (17.2.2): true/false, or null for a type error.</summary>
    public static bool? EffectiveBooleanValue(Term? term)
    {
        if (term is not Literal l) return null;
        if (l.Language is not null) return l.LexicalForm.Length > 0;
        var dt = l.Datatype.Value;
        if (dt == XsdTypes.String) return l.LexicalForm.Length > 0;
        if (dt == XsdTypes.Boolean) return XsdLexical.TryParseBoolean(l.LexicalForm, out bool b) && b;
        if (XsdTypes.IsNumericType(dt)) return NumericValue.TryParse(l.LexicalForm, dt, out var n) && !n.IsZeroOrNaN;
        return null;
    }

    /// <summary>sameTerm.</summary>
    public static bool SameTerm(Term? a, Term? b) => a is not null && b is not null && a.Equals(b);

    /// <summary>An <c>xsd:boolean</c> literal.</summary>
    public static Literal Bool(bool value) => value ? True : False;

    /// <summary>An <c>xsd:boolean</c> literal, or null (an error) for null.</summary>
    public static Literal? Bool(bool? value) => value is bool b ? Bool(b) : null;

    /// <summary>The literal true.</summary>
    public static readonly Literal True = Literal.Boolean(true);

    /// <summary>The literal false.</summary>
    public static readonly Literal False = Literal.Boolean(false);
}
