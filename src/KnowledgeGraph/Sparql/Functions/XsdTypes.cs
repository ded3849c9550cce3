using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>Datatype IRIs the function library knows, and the value spaces of the integer types derived from <c>xsd:integer</c>.</summary>
internal static class XsdTypes
{
    public const string Ns = Vocab.Xsd.Namespace;
    public const string String = Ns + "string";
    public const string Boolean = Ns + "boolean";
    public const string Integer = Ns + "integer";
    public const string Decimal = Ns + "decimal";
    public const string Float = Ns + "float";
    public const string Double = Ns + "double";
    public const string DateTime = Ns + "dateTime";
    public const string Date = Ns + "date";
    public const string Time = Ns + "time";
    public const string DayTimeDuration = Ns + "dayTimeDuration";
    public const string LangString = Vocab.Rdf.Namespace + "langString";

    public static readonly NamedNode FloatNode = NamedNode.CreateUnchecked(Float);
    public static readonly NamedNode DayTimeDurationNode = NamedNode.CreateUnchecked(DayTimeDuration);

    /// <summary>The integer types derived from <c>xsd:integer</c>, with their inclusive value bounds (null: unbounded).</summary>
    private static readonly Dictionary<string, (decimal? Min, decimal? Max)> s_derivedIntegers = new(StringComparer.Ordinal)
    {
        [Ns + "nonPositiveInteger"] = (null, 0m),
        [Ns + "negativeInteger"] = (null, -1m),
        [Ns + "long"] = (long.MinValue, long.MaxValue),
        [Ns + "int"] = (int.MinValue, int.MaxValue),
        [Ns + "short"] = (short.MinValue, short.MaxValue),
        [Ns + "byte"] = (sbyte.MinValue, sbyte.MaxValue),
        [Ns + "nonNegativeInteger"] = (0m, null),
        [Ns + "unsignedLong"] = (0m, ulong.MaxValue),
        [Ns + "unsignedInt"] = (0m, uint.MaxValue),
        [Ns + "unsignedShort"] = (0m, ushort.MaxValue),
        [Ns + "unsignedByte"] = (0m, byte.MaxValue),
        [Ns + "positiveInteger"] = (1m, null),
    };

    /// <summary>True for <c>xsd:integer</c> and the types derived from it.</summary>
    public static bool IsIntegerType(string datatype)
    {
        // A span switch on the local name: this runs for every literal an operator looks at.
        if (datatype.Length <= Ns.Length || !datatype.StartsWith(Ns, StringComparison.Ordinal)) return false;
        return datatype.AsSpan(Ns.Length) switch
        {
            "integer" or "nonPositiveInteger" or "negativeInteger" or "long" or "int" or "short" or "byte"
                or "nonNegativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort" or "unsignedByte"
                or "positiveInteger" => true,
            _ => false,
        };
    }

    /// <summary>True for a datatype whose values are numbers.</summary>
    public static bool IsNumericType(string datatype) =>
        datatype is Decimal or Float or Double || IsIntegerType(datatype);

    /// <summary>True when <paramref name="value"/> lies in the value space of integer type <paramref name="datatype"/>.</summary>
    public static bool InIntegerRange(string datatype, decimal value)
    {
        if (!s_derivedIntegers.TryGetValue(datatype, out var range)) return true;
        return (range.Min is null || value >= range.Min) && (range.Max is null || value <= range.Max);
    }

    /// <summary>True for a simple literal or an <c>xsd:string</c> literal (the same thing in RDF 1.1).</summary>
    public static bool IsSimpleString(Term? t) => t is Literal { Language: null } l && l.Datatype.Value == String;

    /// <summary>True for a "string literal" in SPARQL's sense: simple, <c>xsd:string</c> or language-tagged.</summary>
    public static bool IsStringLiteral(Term? t) => t is Literal l && (l.Language is not null || l.Datatype.Value == String);
}
