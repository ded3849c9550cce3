using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>
/// The harness's own XSD 1.1 canonical mapping (Part 2, sections 3.3.2–3.3.5 and 3.3.13) for boolean, decimal,
/// integer types, float and double, written apart from the engine's so the two cannot share a mistake. Used only
/// on the expected side: several W3C result files spell computed numbers non-canonically ("6"^^xsd:double,
/// "13.0"^^xsd:decimal, "1.0e6"), and the suite's README allows a runner to bring them to canonical form.
/// </summary>
internal static partial class CanonicalLiteral
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    private static readonly HashSet<string> s_integerTypes = new(StringComparer.Ordinal)
    {
        "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
        "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    };

    /// <summary>The canonical form of <paramref name="term"/>, or the term itself when it has no other form.</summary>
    public static Term? Of(Term? term)
    {
        if (term is not Literal { Language: null } l || !l.Datatype.Value.StartsWith(Xsd, StringComparison.Ordinal)) return term;
        var type = l.Datatype.Value[Xsd.Length..];
        var lexical = type switch
        {
            "boolean" => Boolean(l.LexicalForm),
            "decimal" => Decimal(l.LexicalForm),
            "double" => Floating(l.LexicalForm, single: false),
            "float" => Floating(l.LexicalForm, single: true),
            _ when s_integerTypes.Contains(type) => Integer(l.LexicalForm),
            _ => null,
        };
        return lexical is null ? term : Literal.Create(lexical, l.Datatype);
    }

    private static string? Boolean(string s) => s switch { "true" or "1" => "true", "false" or "0" => "false", _ => null };

    private static string? Integer(string s) =>
        IntegerPattern().IsMatch(s) ? BigInteger.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : null;

    private static string? Decimal(string s)
    {
        var m = DecimalPattern().Match(s);
        if (!m.Success || m.Groups[2].Length + m.Groups[3].Length == 0) return null;
        var whole = m.Groups[2].Value.TrimStart('0');
        var fraction = m.Groups[3].Value.TrimEnd('0');
        var text = (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? "" : "." + fraction);
        return m.Groups[1].Value == "-" && text != "0" ? "-" + text : text;
    }

    private static string? Floating(string s, bool single)
    {
        switch (s)
        {
            case "INF" or "+INF": return "INF";
            case "-INF": return "-INF";
            case "NaN": return "NaN";
        }
        if (!FloatPattern().IsMatch(s)) return null;
        double value = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (single) value = (float)value;
        if (value == 0) return s.StartsWith('-') ? "-0.0E0" : "0.0E0";
        // Shortest round-trip digits, then one digit before the point: 1050 -> 1.05E3, 0.2 -> 2.0E-1.
        var digits = single ? ((float)value).ToString("E8", CultureInfo.InvariantCulture) : value.ToString("E16", CultureInfo.InvariantCulture);
        for (int precision = 0; precision <= (single ? 8 : 16); precision++)
        {
            var candidate = value.ToString("E" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            double back = double.Parse(candidate, CultureInfo.InvariantCulture);
            if (single ? (float)back == (float)value : back == value) { digits = candidate; break; }
        }
        int e = digits.IndexOf('E');
        var mantissa = digits[..e];
        if (!mantissa.Contains('.')) mantissa += ".0";
        int exponent = int.Parse(digits[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([+-]?)([0-9]*)(?:\.([0-9]*))?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
