using System.Globalization;

namespace KnowledgeGraph.Model;

/// <summary>Canonical-ish lexical forms of XSD numeric values.</summary>
internal static class XsdFormat
{
    /// <summary>An <c>xsd:double</c> lexical form that round-trips: <c>1.5E0</c>, <c>INF</c>, <c>NaN</c>.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "INF";
        if (double.IsNegativeInfinity(value)) return "-INF";
        var s = value.ToString("E16", CultureInfo.InvariantCulture);
        // Trim the mantissa's trailing zeros and the exponent's padding: 1.5000000000000000E+001 -> 1.5E1.
        int e = s.IndexOf('E');
        var mantissa = s[..e].TrimEnd('0');
        if (mantissa.EndsWith('.')) mantissa += "0";
        var exp = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        // Prefer the shortest round-trip mantissa when it exists.
        if (double.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var back) && back == value)
        {
            var sci = value.ToString("0.0###############E0", CultureInfo.InvariantCulture);
            if (double.Parse(sci, CultureInfo.InvariantCulture) == value) return sci;
        }
        return mantissa + "E" + exp.ToString(CultureInfo.InvariantCulture);
    }
}
