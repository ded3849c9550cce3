using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The XSD constructor casts of SPARQL 1.1 section 17.5, following its cast table: IRIs cast only to
/// <c>xsd:string</c>; strings cast when their (whitespace-collapsed) text is a valid lexical form of the target;
/// numbers, booleans and date/times convert by value. Everything else is a type error (null).
/// </summary>
internal static class Casts
{
    /// <summary>True when <paramref name="iri"/> names an XSD type this class casts to.</summary>
    public static bool IsCastTarget(string iri) => iri is XsdTypes.String or XsdTypes.Boolean or XsdTypes.Decimal or XsdTypes.Float
        or XsdTypes.Double or XsdTypes.DateTime or XsdTypes.Date or XsdTypes.Time || XsdTypes.IsIntegerType(iri);

    public static Term? Cast(string target, Term? arg)
    {
        switch (arg)
        {
            case null or BlankNode:
                return null;
            case NamedNode n:
                return target == XsdTypes.String ? Literal.Create(n.Value) : null;
        }
        var literal = (Literal)arg;
        if (literal.Language is not null) return target == XsdTypes.String ? Literal.Create(literal.LexicalForm) : null;
        if (target == XsdTypes.String) return Literal.Create(XPathString(new TermValue(literal)));
        if (XsdTypes.IsSimpleString(literal)) return FromString(target, literal.LexicalForm.Trim(' ', '\t', '\n', '\r'));
        var value = new TermValue(literal);
        return value.Category switch
        {
            ValueCategory.Numeric => FromNumber(target, value.Numeric),
            ValueCategory.Boolean => FromBoolean(target, value.Boolean),
            ValueCategory.DateTime => FromDateTime(target, value.DateTime),
            _ => null,
        };
    }

    private static Term? FromString(string target, string text)
    {
        if (target == XsdTypes.Boolean)
            return XsdLexical.TryParseBoolean(text, out bool b) ? SparqlOperators.Bool(b) : null;
        if (XsdTypes.IsNumericType(target))
        {
            if (!NumericValue.TryParse(text, target, out var n)) return null;
            return Numeric(target, n);
        }
        var kind = target switch
        {
            XsdTypes.DateTime => DateTimeKind.DateTime,
            XsdTypes.Date => DateTimeKind.Date,
            _ => DateTimeKind.Time,
        };
        return DateTimeValue.TryParse(text, kind, out _) ? Literal.Create(text, NamedNode.CreateUnchecked(target)) : null;
    }

    private static Term? FromNumber(string target, NumericValue n)
    {
        if (target == XsdTypes.Boolean) return SparqlOperators.Bool(!n.IsZeroOrNaN);
        if (!XsdTypes.IsNumericType(target)) return null;
        try
        {
            switch (target)
            {
                case XsdTypes.Double: return Numeric(target, NumericValue.FromDouble(n.AsDouble));
                case XsdTypes.Float: return Numeric(target, NumericValue.FromFloat(n.AsDouble));
                case XsdTypes.Decimal:
                    if (n.IsExact) return Numeric(target, NumericValue.FromDecimal(n.Exact));
                    if (!double.IsFinite(n.Approximate)) return null;
                    return Numeric(target, NumericValue.FromDecimal((decimal)n.Approximate));
                default:
                    if (n.IsExact) return Numeric(target, NumericValue.FromInteger(decimal.Truncate(n.Exact)));
                    if (!double.IsFinite(n.Approximate)) return null;
                    return Numeric(target, NumericValue.FromInteger(decimal.Truncate((decimal)n.Approximate)));
            }
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Term? FromBoolean(string target, bool b)
    {
        if (target == XsdTypes.Boolean) return SparqlOperators.Bool(b);
        if (!XsdTypes.IsNumericType(target)) return null;
        return Numeric(target, NumericValue.From(target switch
        {
            XsdTypes.Double => NumericKind.Double,
            XsdTypes.Float => NumericKind.Float,
            XsdTypes.Decimal => NumericKind.Decimal,
            _ => NumericKind.Integer,
        }, b ? 1 : 0, b ? 1 : 0));
    }

    private static Term? FromDateTime(string target, DateTimeValue v)
    {
        switch (target)
        {
            case XsdTypes.DateTime when v.Kind is DateTimeKind.DateTime or DateTimeKind.Date:
                return (v with { Kind = DateTimeKind.DateTime }).ToLiteral();
            case XsdTypes.Date when v.Kind is DateTimeKind.DateTime or DateTimeKind.Date:
                return (v with { Kind = DateTimeKind.Date, Hour = 0, Minute = 0, Second = 0 }).ToLiteral();
            case XsdTypes.Time when v.Kind is DateTimeKind.DateTime or DateTimeKind.Time:
                return (v with { Kind = DateTimeKind.Time }).ToLiteral();
            default:
                return null;
        }
    }

    /// <summary>A numeric result typed as the cast's target (derived integer types keep their name and range).</summary>
    private static Term? Numeric(string target, NumericValue n)
    {
        var canonical = n.ToLiteral();
        if (XsdTypes.IsIntegerType(target))
        {
            if (!XsdTypes.InIntegerRange(target, n.Exact)) return null;
            return target == XsdTypes.Integer ? canonical : Literal.Create(canonical.LexicalForm, NamedNode.CreateUnchecked(target));
        }
        return canonical;
    }

    /// <summary>
    /// fn:string of a typed value: numbers in XPath's canonical form (integral decimals without ".0"; doubles and
    /// floats in plain decimal notation when 1e-6 &lt;= |x| &lt; 1e6, else scientific), booleans canonical, other
    /// literals unchanged.
    /// </summary>
    private static string XPathString(in TermValue value) => value.Category switch
    {
        ValueCategory.Numeric => XPathString(value.Numeric),
        ValueCategory.Boolean => value.Boolean ? "true" : "false",
        _ => value.Lexical,
    };

    private static string XPathString(NumericValue n)
    {
        switch (n.Kind)
        {
            case NumericKind.Integer:
                return NumericValue.FormatInteger(n.Exact);
            case NumericKind.Decimal:
                return XsdFormat.Decimal(n.Exact);
        }
        double x = n.Approximate;
        if (double.IsNaN(x)) return "NaN";
        if (double.IsInfinity(x)) return x > 0 ? "INF" : "-INF";
        if (x == 0) return double.IsNegative(x) ? "-0" : "0";
        double abs = Math.Abs(x);
        if (abs >= 1e-6 && abs < 1e6)
        {
            // The shortest digits that round-trip, written without an exponent.
            var shortest = n.Kind == NumericKind.Float ? ((float)x).ToString("R", CultureInfo.InvariantCulture) : x.ToString("R", CultureInfo.InvariantCulture);
            return decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }
        return n.Kind == NumericKind.Float ? XsdFormat.Float(x) : XsdFormat.Double(x);
    }
}
