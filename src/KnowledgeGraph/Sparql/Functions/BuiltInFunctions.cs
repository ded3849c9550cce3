using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The functions of SPARQL 1.1 section 17.4 that take evaluated arguments, and the XSD casts (17.5). Special forms
/// that control evaluation (BOUND, IF, COALESCE, EXISTS, NOT EXISTS, logical || and &amp;&amp;, IN, NOT IN, BNODE)
/// are the evaluator's. Same null conventions as <see cref="SparqlOperators"/>.
/// </summary>
internal static class BuiltInFunctions
{
    /// <summary>
    /// Calls a built-in by its upper-case SPARQL keyword ("STR", "LANG", "LANGMATCHES", "DATATYPE", "IRI", "URI",
    /// "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "STRLEN", "SUBSTR", "UCASE", "LCASE", "STRSTARTS",
    /// "STRENDS", "CONTAINS", "STRBEFORE", "STRAFTER", "ENCODE_FOR_URI", "CONCAT", "REGEX", "REPLACE", "ABS",
    /// "ROUND", "CEIL", "FLOOR", "RAND", "NOW", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE",
    /// "TZ", "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "STRLANG", "STRDT", "SAMETERM").
    /// </summary>
    /// <returns>The result, or null for a type error.</returns>
    /// <exception cref="ArgumentException">No such built-in, or the wrong number of arguments.</exception>
    public static Term? Call(string name, ReadOnlySpan<Term?> args, FunctionContext context) => throw new NotImplementedException();

    /// <summary>True when <paramref name="name"/> is a keyword <see cref="Call"/> knows, with its argument count range.</summary>
    public static bool TryGetArity(string name, out int minArgs, out int maxArgs) => throw new NotImplementedException();

    /// <summary>
    /// Calls a function by IRI: the XSD constructor casts (<c>xsd:string</c>, <c>xsd:integer</c>, <c>xsd:decimal</c>,
    /// <c>xsd:double</c>, <c>xsd:float</c>, <c>xsd:boolean</c>, <c>xsd:dateTime</c>, …) and any other IRI functions supported.
    /// </summary>
    /// <returns>False when the IRI names no known function (the call is then an error).</returns>
    public static bool TryCallIri(string iri, ReadOnlySpan<Term?> args, FunctionContext context, out Term? result) => throw new NotImplementedException();
}
