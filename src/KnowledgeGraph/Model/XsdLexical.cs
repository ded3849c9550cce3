using System.Globalization;

namespace KnowledgeGraph.Model;

/// <summary>Lexical-space checks for the XSD datatypes SPARQL operates on (XML Schema 1.1 Part 2).</summary>
internal static class XsdLexical
{
    /// <summary><c>[+-]?[0-9]+</c>.</summary>
    public static bool IsInteger(ReadOnlySpan<char> s)
    {
        int i = SkipSign(s);
        if (i == s.Length) return false;
        for (; i < s.Length; i++)
            if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    /// <summary><c>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)</c>.</summary>
    public static bool IsDecimal(ReadOnlySpan<char> s)
    {
        int i = SkipSign(s);
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        return digits > 0 && i == s.Length;
    }

    /// <summary>A decimal mantissa with an optional exponent, or INF, -INF, +INF, NaN.</summary>
    public static bool IsDouble(ReadOnlySpan<char> s)
    {
        if (s is "INF" or "-INF" or "+INF" or "NaN") return true;
        int e = s.IndexOfAny('e', 'E');
        if (e < 0) return IsDecimal(s);
        return IsDecimal(s[..e]) && IsInteger(s[(e + 1)..]);
    }

    public static bool TryParseDouble(string s, out double value)
    {
        value = 0;
        if (!IsDouble(s)) return false;
        switch (s)
        {
            case "INF" or "+INF": value = double.PositiveInfinity; return true;
            case "-INF": value = double.NegativeInfinity; return true;
            case "NaN": value = double.NaN; return true;
        }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>xsd:boolean: "true", "false", "1", "0".</summary>
    public static bool TryParseBoolean(string s, out bool value)
    {
        switch (s)
        {
            case "true" or "1": value = true; return true;
            case "false" or "0": value = false; return true;
            default: value = false; return false;
        }
    }

    private static int SkipSign(ReadOnlySpan<char> s) => s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
}
