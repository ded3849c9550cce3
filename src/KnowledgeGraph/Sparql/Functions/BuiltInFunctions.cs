using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The functions of SPARQL 1.1 section 17.4 that take evaluated arguments, and the XSD casts (17.5). Special forms
/// that control evaluation (BOUND, IF, COALESCE, EXISTS, NOT EXISTS, logical || and &amp;&amp;, IN, NOT IN, BNODE)
/// are the evaluator's. Same null conventions as <see cref="SparqlOperators"/>.
/// </summary>
internal static partial class BuiltInFunctions
{
    private delegate Term? Implementation(ReadOnlySpan<Term?> args, FunctionContext context);

    private sealed record Entry(int Min, int Max, Implementation Call);

    private static readonly Dictionary<string, Entry> s_keywords = new(StringComparer.Ordinal)
    {
        ["STR"] = One(Terms.Str),
        ["LANG"] = One(Terms.Lang),
        ["LANGMATCHES"] = Two(Terms.LangMatches),
        ["DATATYPE"] = One(Terms.Datatype),
        ["IRI"] = new(1, 1, (a, c) => Terms.Iri(a[0], c)),
        ["URI"] = new(1, 1, (a, c) => Terms.Iri(a[0], c)),
        ["ISIRI"] = One(Terms.IsIri),
        ["ISURI"] = One(Terms.IsIri),
        ["ISBLANK"] = One(Terms.IsBlank),
        ["ISLITERAL"] = One(Terms.IsLiteral),
        ["ISNUMERIC"] = One(Terms.IsNumeric),
        ["STRLEN"] = One(Strings.StrLen),
        ["SUBSTR"] = new(2, 3, (a, _) => Strings.Substr(a[0], a[1], a.Length > 2 ? a[2] : null)),
        ["UCASE"] = One(Strings.UCase),
        ["LCASE"] = One(Strings.LCase),
        ["STRSTARTS"] = Two((x, y) => Strings.Test(x, y, (s, p) => s.StartsWith(p, StringComparison.Ordinal))),
        ["STRENDS"] = Two((x, y) => Strings.Test(x, y, (s, p) => s.EndsWith(p, StringComparison.Ordinal))),
        ["CONTAINS"] = Two((x, y) => Strings.Test(x, y, (s, p) => s.Contains(p, StringComparison.Ordinal))),
        ["STRBEFORE"] = Two(Strings.StrBefore),
        ["STRAFTER"] = Two(Strings.StrAfter),
        ["ENCODE_FOR_URI"] = One(Strings.EncodeForUri),
        ["CONCAT"] = new(0, int.MaxValue, (a, _) => Strings.Concat(a)),
        ["REGEX"] = new(2, 3, (a, _) => XPathRegex.Regex(a[0], a[1], a.Length > 2 ? a[2] : null)),
        ["REPLACE"] = new(3, 4, (a, _) => XPathRegex.Replace(a[0], a[1], a[2], a.Length > 3 ? a[3] : null)),
        ["ABS"] = One(Numerics.Abs),
        ["ROUND"] = One(Numerics.Round),
        ["CEIL"] = One(Numerics.Ceil),
        ["FLOOR"] = One(Numerics.Floor),
        ["RAND"] = new(0, 0, (_, c) => Numerics.Rand(c)),
        ["NOW"] = new(0, 0, (_, c) => DateTimes.Now(c)),
        ["YEAR"] = One(DateTimes.Year),
        ["MONTH"] = One(DateTimes.Month),
        ["DAY"] = One(DateTimes.Day),
        ["HOURS"] = One(DateTimes.Hours),
        ["MINUTES"] = One(DateTimes.Minutes),
        ["SECONDS"] = One(DateTimes.Seconds),
        ["TIMEZONE"] = One(DateTimes.Timezone),
        ["TZ"] = One(DateTimes.Tz),
        ["UUID"] = new(0, 0, (_, _) => Terms.Uuid()),
        ["STRUUID"] = new(0, 0, (_, _) => Terms.StrUuid()),
        ["MD5"] = One(Hashes.Md5),
        ["SHA1"] = One(Hashes.Sha1),
        ["SHA256"] = One(Hashes.Sha256),
        ["SHA384"] = One(Hashes.Sha384),
        ["SHA512"] = One(Hashes.Sha512),
        ["STRLANG"] = Two(Strings.StrLang),
        ["STRDT"] = Two(Strings.StrDt),
        ["SAMETERM"] = Two((x, y) => SparqlOperators.Bool(SparqlOperators.SameTerm(x, y))),
    };

    /// <summary>
    /// Calls a built-in by its upper-case SPARQL keyword ("STR", "LANG", "LANGMATCHES", "DATATYPE", "IRI", "URI",
    /// "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "STRLEN", "SUBSTR", "UCASE", "LCASE", "STRSTARTS",
    /// "STRENDS", "CONTAINS", "STRBEFORE", "STRAFTER", "ENCODE_FOR_URI", "CONCAT", "REGEX", "REPLACE", "ABS",
    /// "ROUND", "CEIL", "FLOOR", "RAND", "NOW", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE",
    /// "TZ", "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "STRLANG", "STRDT", "SAMETERM").
    /// </summary>
    /// <returns>The result, or null for a type error.</returns>
    /// <exception cref="ArgumentException">No such built-in, or the wrong number of arguments.</exception>
    public static Term? Call(string name, ReadOnlySpan<Term?> args, FunctionContext context)
    {
        if (!s_keywords.TryGetValue(name, out var entry))
            throw new ArgumentException($"'{name}' is not a SPARQL built-in function.", nameof(name));
        if (args.Length < entry.Min || args.Length > entry.Max)
            throw new ArgumentException($"{name} takes {DescribeArity(entry)} argument(s), not {args.Length}.", nameof(args));
        return entry.Call(args, context);
    }

    /// <summary>True when <paramref name="name"/> is a keyword <see cref="Call"/> knows, with its argument count range.</summary>
    public static bool TryGetArity(string name, out int minArgs, out int maxArgs)
    {
        if (s_keywords.TryGetValue(name, out var entry))
        {
            minArgs = entry.Min;
            maxArgs = entry.Max;
            return true;
        }
        minArgs = maxArgs = 0;
        return false;
    }

    /// <summary>
    /// Calls a function by IRI: the XSD constructor casts (<c>xsd:string</c>, <c>xsd:integer</c>, <c>xsd:decimal</c>,
    /// <c>xsd:double</c>, <c>xsd:float</c>, <c>xsd:boolean</c>, <c>xsd:dateTime</c>, …) and the XPath functions
    /// (<c>fn:</c>) that have a SPARQL built-in counterpart.
    /// </summary>
    /// <returns>False when the IRI names no known function (the call is then an error).</returns>
    public static bool TryCallIri(string iri, ReadOnlySpan<Term?> args, FunctionContext context, out Term? result)
    {
        result = null;
        if (Casts.IsCastTarget(iri))
        {
            // A cast takes exactly one argument; any other count is an error of the call, not an unknown function.
            result = args.Length == 1 ? Casts.Cast(iri, args[0]) : null;
            return true;
        }
        if (!TryGetXPathKeyword(iri, out var keyword)) return false;
        var entry = s_keywords[keyword];
        result = args.Length >= entry.Min && args.Length <= entry.Max ? entry.Call(args, context) : null;
        return true;
    }

    private static Entry One(Func<Term?, Term?> f) => new(1, 1, (a, _) => f(a[0]));

    private static Entry Two(Func<Term?, Term?, Term?> f) => new(2, 2, (a, _) => f(a[0], a[1]));

    private static string DescribeArity(Entry e) =>
        e.Min == e.Max ? e.Min.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : e.Max == int.MaxValue ? $"at least {e.Min}"
        : $"{e.Min} to {e.Max}";
}
