using System.Globalization;

namespace KnowledgeGraph.Model;

/// <summary>
/// The canonical lexical mappings of XSD 1.1 Part 2 for the numeric types (section 3.3.3.2 decimalCanonicalMap,
/// 3.3.4.2 floatCanonicalMap, 3.3.5.2 doubleCanonicalMap): every computed number is written in exactly one form.
/// </summary>
internal static class XsdFormat
{
    /// <summary>
    /// Canonical <c>xsd:decimal</c>: no leading or trailing zeros, no point for integral values, no "+" and no
    /// negative zero (<c>6</c>, <c>-1</c>, <c>0</c>, <c>1.5</c>, <c>0.25</c>).
    /// </summary>
    public static string Decimal(decimal value)
    {
        var s = value.ToString(CultureInfo.InvariantCulture);
        if (s.Contains('.')) s = s.TrimEnd('0').TrimEnd('.');
        return s == "-0" ? "0" : s;
    }

    /// <summary>
    /// Canonical <c>xsd:double</c>: scientific notation with one non-zero digit before the point, at least one after
    /// it, and the shortest digits that round-trip (<c>2.0E-1</c>, <c>1.05E3</c>, <c>0.0E0</c>, <c>-0.0E0</c>,
    /// <c>INF</c>, <c>-INF</c>, <c>NaN</c>).
    /// </summary>
    public static string Double(double value) => Scientific(value, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Canonical <c>xsd:float</c>: as <see cref="Double"/>, with the shortest digits that round-trip as a float.</summary>
    public static string Float(double value)
    {
        float f = (float)value;
        return Scientific(f, f.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Rewrites a round-trip numeral (<c>1050</c>, <c>0.2</c>, <c>1E+16</c>, <c>-1.5E-07</c>) as d.dddEn.</summary>
    private static string Scientific(double value, string roundTrip)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "INF";
        if (double.IsNegativeInfinity(value)) return "-INF";
        if (value == 0) return double.IsNegative(value) ? "-0.0E0" : "0.0E0";
        var s = roundTrip.AsSpan();
        bool negative = s[0] == '-';
        if (negative) s = s[1..];
        int exponent = 0;
        int e = s.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }
        int point = s.IndexOf('.');
        var digits = point < 0 ? s.ToString() : string.Concat(s[..point], s[(point + 1)..]);
        // The value is 0.digits × 10^(intDigits + exponent); normalise to one digit before the point.
        int intDigits = point < 0 ? s.Length : point;
        int leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        exponent += intDigits - leadingZeros - 1;
        var fraction = digits.Length > 1 ? digits[1..] : "0";
        return (negative ? "-" : "") + digits[0] + "." + fraction + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
