using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>A node as drawn: centre, radius, fill, label (shortened), tooltip and class name.</summary>
internal sealed record SvgNode(double X, double Y, double Radius, string Colour, string Label, string Tooltip, string Iri, string ClassName);

/// <summary>An edge as drawn: its end nodes and the predicates it stands for (parallel triples share one line).</summary>
internal sealed record SvgEdge(int Source, int Target, string Label, string Predicates);

/// <summary>
/// Everything <see cref="SvgWriter"/> draws, computed from an <see cref="ExportView"/>: nodes sized by degree and
/// coloured by class, laid out by <see cref="ForceLayout"/>, moved apart by <see cref="LabelSeparation"/>, and
/// shifted so the picture starts at the margin below the legend.
/// </summary>
internal sealed class SvgScene
{
    public const double FontSize = 12;
    public const double Margin = 16;
    private const double IdealEdgeLength = 90;

    public required IReadOnlyList<SvgNode> Nodes { get; init; }
    public required IReadOnlyList<SvgEdge> Edges { get; init; }
    public required IReadOnlyList<(string Name, string Colour)> Legend { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    /// <summary>The width the legend's rows wrap at.</summary>
    public required double LegendWrap { get; init; }
    /// <summary>The predicate labels that fit, at the middle of their edges.</summary>
    public required IReadOnlyList<(double X, double Y, string Text)> EdgeLabels { get; init; }

    public static SvgScene Build(ExportView view, SvgOptions options, CancellationToken ct)
    {
        int n = view.NodeCount;
        if (n > options.MaxNodes)
            throw new InvalidOperationException(
                $"The graph has {n} nodes to draw; a picture is drawn for at most {options.MaxNodes} (SvgOptions.MaxNodes). " +
                "Draw a subgraph (a CONSTRUCT query, or leave classes out with SvgOptions.ExcludedClasses).");
        var edges = CollectEdges(view, ct);
        var (labels, tooltips, radii, colours, classNames, legend) = Describe(view, options, edges);

        var pairs = edges.Select(e => (e.Source, e.Target)).Where(e => e.Source != e.Target).ToList();
        var positions = ForceLayout.Run(n, pairs, IdealEdgeLength, options.Seed, Math.Max(0, options.Iterations), ct);
        var halves = new (double HalfWidth, double HalfHeight)[n];
        for (int i = 0; i < n; i++)
            halves[i] = (Math.Max(radii[i], TextMetrics.Width(labels[i], FontSize) / 2 + 2), radii[i] + FontSize / 2 + 3);
        LabelSeparation.Run(positions, halves, 400, ct);

        var boxes = new Box[n];
        for (int i = 0; i < n; i++)
            // The circle's top down to the label hanging below it.
            boxes[i] = new Box(positions[i].X - halves[i].HalfWidth, positions[i].Y - radii[i],
                positions[i].X + halves[i].HalfWidth, positions[i].Y + radii[i] + FontSize + 6);
        var edgeLabels = options.EdgeLabels ?? edges.Count <= 60 ? EdgeLabelPlacement.Place(edges, positions, boxes) : new();
        var all = boxes.Concat(edgeLabels.Select(EdgeLabelPlacement.BoxOf)).ToList();
        double minX = all.Count == 0 ? 0 : all.Min(b => b.Left), maxX = all.Count == 0 ? 0 : all.Max(b => b.Right);
        double minY = all.Count == 0 ? 0 : all.Min(b => b.Top), maxY = all.Count == 0 ? 0 : all.Max(b => b.Bottom);
        // The legend wraps at the picture's width, but a small picture widens to give it up to 400 px.
        double legendWrap = Math.Max(maxX - minX, Math.Max(LegendLayout.MinWidth(legend), Math.Min(400, LegendLayout.RowWidth(legend))));
        double legendHeight = LegendLayout.Height(legend, legendWrap);
        double offsetX = Margin - minX, offsetY = Margin + legendHeight - minY;
        var nodes = new SvgNode[n];
        for (int i = 0; i < n; i++)
        {
            var term = view.NodeTerm(i);
            nodes[i] = new SvgNode(positions[i].X + offsetX, positions[i].Y + offsetY, radii[i], colours[i], labels[i], tooltips[i],
                term is NamedNode iri ? iri.Value : view.Names.Display(term), classNames[i]);
        }
        double width = legendWrap + 2 * Margin;
        return new SvgScene
        {
            Nodes = nodes,
            Edges = edges,
            EdgeLabels = edgeLabels.Select(l => (l.X + offsetX, l.Y + offsetY, l.Text)).ToList(),
            Legend = legend,
            Width = Math.Ceiling(width),
            Height = Math.Ceiling(maxY - minY + legendHeight + 2 * Margin),
            LegendWrap = legendWrap,
        };
    }

    /// <summary>The edges between drawn nodes, one per ordered pair, with the predicates' names joined.</summary>
    private static List<SvgEdge> CollectEdges(ExportView view, CancellationToken ct)
    {
        var byPair = new Dictionary<(int, int), List<PredicateInfo>>();
        var order = new List<(int, int)>();
        foreach (var (source, target, predicate) in view.Edges(ct))
        {
            if (!byPair.TryGetValue((source, target), out var list))
            {
                byPair[(source, target)] = list = new List<PredicateInfo>();
                order.Add((source, target));
            }
            list.Add(predicate);
        }
        return order.Select(pair => new SvgEdge(pair.Item1, pair.Item2,
            string.Join(", ", byPair[pair].Select(p => ShortName(p.Name))), string.Join(" ", byPair[pair].Select(p => p.Iri)))).ToList();
    }

    /// <summary>A prefixed name as it is; a full IRI (no prefix covers it) as its last segment, so a legend or edge
    /// label stays short when a graph (a CONSTRUCT result, say) carries no prefixes.</summary>
    private static string ShortName(string name)
    {
        if (!name.Contains("://", StringComparison.Ordinal)) return name;
        int cut = name.LastIndexOfAny(['#', '/']);
        return cut >= 0 && cut < name.Length - 1 ? name[(cut + 1)..] : name;
    }

    /// <summary>The node's label in the chosen language; a picture would rather show a label in another language
    /// (English first) than a prefixed name.</summary>
    private static string PictureLabel(ExportView view, int node)
    {
        var label = view.Label(node);
        if (label != view.Names.Display(view.NodeTerm(node))) return label;
        foreach (var language in view.LabelLanguages.OrderBy(l => l.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? 0 : 1))
            if (view.LabelIn(node, language) is { } other) return other;
        return label;
    }

    private static (string[] Labels, string[] Tooltips, double[] Radii, string[] Colours, string[] ClassNames, List<(string, string)> Legend)
        Describe(ExportView view, SvgOptions options, List<SvgEdge> edges)
    {
        int n = view.NodeCount;
        var degree = new int[n];
        foreach (var e in edges) { degree[e.Source]++; degree[e.Target]++; }
        var labels = new string[n];
        var tooltips = new string[n];
        var radii = new double[n];
        var colours = new string[n];
        var classNames = new string[n];
        var used = new SortedDictionary<int, (string, string)>();
        for (int i = 0; i < n; i++)
        {
            var full = PictureLabel(view, i);
            labels[i] = TextMetrics.Shorten(full.ReplaceLineEndings(" "), Math.Max(2, options.MaxLabelLength));
            var term = view.NodeTerm(i);
            tooltips[i] = term is NamedNode iri ? full + "\n" + iri.Value : full;
            radii[i] = Math.Min(5 + 1.6 * Math.Sqrt(degree[i]), 16);
            int cls = view.PrimaryClass(i);
            var info = cls >= 0 ? view.Class(cls) : null;
            colours[i] = ClassPalette.Hex(ClassPalette.Colour(info?.Rank ?? -1));
            classNames[i] = info is null ? "" : ShortName(info.Name);
            used.TryAdd(info?.Rank ?? int.MaxValue, (info is null ? "(no class)" : ShortName(info.Name), colours[i]));
        }
        return (labels, tooltips, radii, colours, classNames, used.Values.ToList());
    }
}
