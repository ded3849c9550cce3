namespace KnowledgeGraph.Export;

/// <summary>Places the class legend in rows across the top of the picture: a swatch, then the class name.</summary>
internal static class LegendLayout
{
    public const double RowHeight = 20;
    private const double Swatch = 12;
    private const double Spacing = 18;

    /// <summary>The left edge and row of every entry when the legend wraps at <paramref name="width"/>.</summary>
    public static List<(double X, int Row)> Place(IReadOnlyList<(string Name, string Colour)> legend, double width)
    {
        var places = new List<(double X, int Row)>(legend.Count);
        double x = 0;
        int row = 0;
        foreach (var (name, _) in legend)
        {
            double entry = EntryWidth(name);
            if (x > 0 && x + entry > width) { x = 0; row++; }
            places.Add((x, row));
            x += entry + Spacing;
        }
        return places;
    }

    public static double Height(IReadOnlyList<(string Name, string Colour)> legend, double width) =>
        legend.Count == 0 ? 0 : (Place(legend, width).Max(p => p.Row) + 1) * RowHeight + 8;

    /// <summary>The widest single entry, so a narrow picture still fits its legend.</summary>
    public static double MinWidth(IReadOnlyList<(string Name, string Colour)> legend) =>
        legend.Count == 0 ? 0 : legend.Max(e => EntryWidth(e.Name));

    /// <summary>The width of the whole legend on one row.</summary>
    public static double RowWidth(IReadOnlyList<(string Name, string Colour)> legend) =>
        legend.Sum(e => EntryWidth(e.Name) + Spacing) - (legend.Count > 0 ? Spacing : 0);

    public static double EntryWidth(string name) => Swatch + 6 + TextMetrics.Width(name, SvgScene.FontSize);

    public static double SwatchSize => Swatch;
}
