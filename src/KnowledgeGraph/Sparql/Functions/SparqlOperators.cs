using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The operators of SPARQL 1.1 section 17.3 and the value semantics around them. Convention throughout: a null
/// argument is an unbound variable or an earlier error, and a null result is a type error (section 17.2), which
/// FILTER treats as false and BIND leaves unbound. Booleans are returned as <c>xsd:boolean</c> literals.
/// </summary>
internal static class SparqlOperators
{
    /// <summary>Effective boolean value (17.2.2): true/false, or null for a type error.</summary>
    public static bool? EffectiveBooleanValue(Term? term) => throw new NotImplementedException();

    /// <summary><c>=</c>: numeric, string, boolean, dateTime value equality, else RDFterm-equal (with its error cases).</summary>
    public static Term? Equal(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary><c>!=</c>.</summary>
    public static Term? NotEqual(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary><c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>: <paramref name="op"/> is one of "&lt;", "&gt;", "&lt;=", "&gt;=".</summary>
    public static Term? Compare(string op, Term? a, Term? b) => throw new NotImplementedException();

    /// <summary>Arithmetic with numeric type promotion: <paramref name="op"/> is '+', '-', '*' or '/'.</summary>
    public static Term? Arithmetic(char op, Term? a, Term? b) => throw new NotImplementedException();

    /// <summary>Unary '+' or '-'.</summary>
    public static Term? Unary(char op, Term? a) => throw new NotImplementedException();

    /// <summary>
    /// The total order ORDER BY uses (15.1): unbound first, then blank nodes, IRIs, literals; literals by value where
    /// comparable, else by a stable fallback. Also used by MIN and MAX.
    /// </summary>
    public static int OrderCompare(Term? a, Term? b) => throw new NotImplementedException();

    /// <summary>sameTerm.</summary>
    public static bool SameTerm(Term? a, Term? b) => a is not null && b is not null && a.Equals(b);

    /// <summary>An <c>xsd:boolean</c> literal.</summary>
    public static Literal Bool(bool value) => value ? True : False;

    /// <summary>The literal true.</summary>
    public static readonly Literal True = Literal.Boolean(true);

    /// <summary>The literal false.</summary>
    public static readonly Literal False = Literal.Boolean(false);
}
