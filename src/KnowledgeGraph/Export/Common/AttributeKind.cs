using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>The value type of an attribute column; the order is the widening order used when columns mix types.</summary>
internal enum AttributeKind
{
    Boolean,
    Int,
    Long,
    Double,
    String,
}

/// <summary>Maps literal datatypes to attribute types and writes values in the form every reader parses.</summary>
internal static class AttributeKinds
{
    private const string Xsd = Vocab.Xsd.Namespace;

    /// <summary>The narrowest attribute type that holds the literal's value; <see cref="AttributeKind.String"/> when its
    /// lexical form is not valid for its datatype.</summary>
    public static AttributeKind Classify(Literal literal)
    {
        var dt = literal.Datatype.Value;
        if (!dt.StartsWith(Xsd, StringComparison.Ordinal)) return AttributeKind.String;
        var s = literal.LexicalForm.AsSpan().Trim();
        switch (dt.AsSpan(Xsd.Length))
        {
            case "boolean":
                return s is "true" or "false" or "1" or "0" ? AttributeKind.Boolean : AttributeKind.String;
            case "int" or "short" or "byte" or "unsignedShort" or "unsignedByte":
                return int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? AttributeKind.Int : AttributeKind.String;
            case "integer" or "long" or "nonNegativeInteger" or "positiveInteger" or "negativeInteger"
                or "nonPositiveInteger" or "unsignedInt" or "unsignedLong":
                return long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? AttributeKind.Long : AttributeKind.String;
            case "decimal" or "double" or "float":
                return TryParseDouble(s, out _) ? AttributeKind.Double : AttributeKind.String;
            default:
                return AttributeKind.String;
        }
    }

    /// <summary>The type of a column holding values of both types.</summary>
    public static AttributeKind Widen(AttributeKind a, AttributeKind b)
    {
        if (a == b) return a;
        bool numeric = a is AttributeKind.Int or AttributeKind.Long or AttributeKind.Double
            && b is AttributeKind.Int or AttributeKind.Long or AttributeKind.Double;
        return numeric ? (AttributeKind)Math.Max((int)a, (int)b) : AttributeKind.String;
    }

    /// <summary>The value of <paramref name="literal"/> written for a column of type <paramref name="kind"/>.</summary>
    public static string Format(Literal literal, AttributeKind kind)
    {
        var s = literal.LexicalForm.AsSpan().Trim();
        switch (kind)
        {
            case AttributeKind.Boolean:
                return s is "true" or "1" ? "true" : "false";
            case AttributeKind.Int or AttributeKind.Long:
                return long.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            case AttributeKind.Double:
                TryParseDouble(s, out double d);
                if (double.IsNaN(d)) return "NaN";
                if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
                return d.ToString("R", CultureInfo.InvariantCulture);
            default:
                return literal.LexicalForm;
        }
    }

    /// <summary>The names GraphML uses for the types.</summary>
    public static string GraphMlName(AttributeKind kind) => kind switch
    {
        AttributeKind.Boolean => "boolean",
        AttributeKind.Int => "int",
        AttributeKind.Long => "long",
        AttributeKind.Double => "double",
        _ => "string",
    };

    /// <summary>The names GEXF uses for the types (<c>integer</c>, not <c>int</c>).</summary>
    public static string GexfName(AttributeKind kind) => kind switch
    {
        AttributeKind.Boolean => "boolean",
        AttributeKind.Int => "integer",
        AttributeKind.Long => "long",
        AttributeKind.Double => "double",
        _ => "string",
    };

    private static bool TryParseDouble(ReadOnlySpan<char> s, out double value)
    {
        switch (s)
        {
            case "INF" or "+INF":
                value = double.PositiveInfinity;
                return true;
            case "-INF":
                value = double.NegativeInfinity;
                return true;
            case "NaN":
                value = double.NaN;
                return true;
        }
        // XSD numerals: digits, sign, point, exponent; nothing else .NET would also accept (",", "Infinity", hex).
        foreach (char c in s)
            if (!(char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E'))
            {
                value = 0;
                return false;
            }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
