namespace KnowledgeGraph.Export;

/// <summary>A box in picture coordinates.</summary>
internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
}

/// <summary>
/// Places predicate labels at the middle of their edges, in edge order, and keeps only those that overlap neither a
/// node (its circle and label) nor a label already placed: an edge label that would hide another is left to the
/// edge's tooltip.
/// </summary>
internal static class EdgeLabelPlacement
{
    public const double FontSize = 9;
    private const int MaxLength = 28;

    public static List<(double X, double Y, string Text)> Place(IReadOnlyList<SvgEdge> edges, (double X, double Y)[] positions,
        IReadOnlyList<Box> nodeBoxes)
    {
        var placed = new List<(double X, double Y, string Text)>();
        var taken = new List<Box>(nodeBoxes);
        foreach (var edge in edges)
        {
            if (edge.Source == edge.Target) continue;
            var text = TextMetrics.Shorten(edge.Label, MaxLength);
            double x = (positions[edge.Source].X + positions[edge.Target].X) / 2;
            double y = (positions[edge.Source].Y + positions[edge.Target].Y) / 2;
            double half = TextMetrics.Width(text, FontSize) / 2 + 1;
            var box = new Box(x - half, y - FontSize / 2 - 1, x + half, y + FontSize / 2 + 1);
            if (taken.Any(box.Overlaps)) continue;
            taken.Add(box);
            placed.Add((x, y, text));
        }
        return placed;
    }

    public static Box BoxOf((double X, double Y, string Text) label)
    {
        double half = TextMetrics.Width(label.Text, FontSize) / 2 + 1;
        return new Box(label.X - half, label.Y - FontSize / 2 - 1, label.X + half, label.Y + FontSize / 2 + 1);
    }
}
