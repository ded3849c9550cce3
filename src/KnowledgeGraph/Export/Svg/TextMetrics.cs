using System.Globalization;

namespace KnowledgeGraph.Export;

/// <summary>
/// Estimates how wide a label is drawn, without a font: East Asian wide characters take about one em, others about
/// 0.6 em (a fair average for sans-serif Latin text). The layout only needs boxes that are not too small.
/// </summary>
internal static class TextMetrics
{
    public static double Width(string text, double fontSize)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes()) ems += IsWide(rune.Value) ? 1.0 : 0.6;
        return ems * fontSize;
    }

    /// <summary>The text cut to at most <paramref name="max"/> characters (never inside a surrogate pair or
    /// combining sequence), with an ellipsis when cut.</summary>
    public static string Shorten(string text, int max)
    {
        var info = new StringInfo(text);
        if (max < 2 || info.LengthInTextElements <= max) return text;
        return info.SubstringByTextElements(0, max - 1).TrimEnd() + "…";
    }

    /// <summary>Wide and fullwidth ranges of Unicode's East Asian Width property, by block.</summary>
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1F64F
        or >= 0x20000 and <= 0x3FFFD;

    /// <summary>A coordinate as SVG wants it: invariant culture, one decimal.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
