using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Draws an RDF graph as an <see href="https://www.w3.org/TR/SVG2/">SVG</see> picture: resources as circles filled
/// with their class colour (with a legend) and sized by degree, labelled in the chosen language, and object-valued
/// triples as arrows, labelled with the predicate when there are few. The layout is computed here (force-directed
/// from a seeded start, then moved apart until labels do not overlap), so the same graph always gives the same
/// picture. Every string is XML-escaped. Meant for subgraphs of up to a few hundred nodes
/// (<see cref="SvgOptions.MaxNodes"/>). Thread safety: a writer holds only its options and may be shared.
/// </summary>
public sealed class SvgWriter
{
    private const string FontFamily = "'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', Arial, sans-serif";

    private readonly SvgOptions _options;
    private readonly ExportSettings _settings;

    /// <summary>Creates a writer with the given options (defaults when null).</summary>
    public SvgWriter(SvgOptions? options = null)
    {
        var given = options ?? new SvgOptions();
        _options = new SvgOptions
        {
            Language = given.Language, Seed = given.Seed, Iterations = given.Iterations, EdgeLabels = given.EdgeLabels,
            MaxLabelLength = given.MaxLabelLength, MaxNodes = given.MaxNodes,
            ExcludedClasses = new HashSet<string>(given.ExcludedClasses, StringComparer.Ordinal),
            ExcludedPredicates = new HashSet<string>(given.ExcludedPredicates, StringComparer.Ordinal),
        };
        _settings = _options.ToSettings();
    }

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/> as a standalone SVG element.</summary>
    /// <exception cref="InvalidOperationException">The graph has more nodes than <see cref="SvgOptions.MaxNodes"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Write(Graph graph, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var scene = SvgScene.Build(new ExportView(graph, _settings, ct), _options, ct);
        output.Write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kg-graph\" width=\"");
        output.Write(TextMetrics.Number(scene.Width));
        output.Write("\" height=\"");
        output.Write(TextMetrics.Number(scene.Height));
        output.Write("\" viewBox=\"0 0 ");
        output.Write(TextMetrics.Number(scene.Width));
        output.Write(' ');
        output.Write(TextMetrics.Number(scene.Height));
        output.Write("\" font-family=\"");
        output.Write(FontFamily);
        output.Write("\" font-size=\"");
        output.Write(TextMetrics.Number(SvgScene.FontSize));
        output.Write("\" style=\"max-width:100%;height:auto;background:#fff\" role=\"img\">\n");
        output.Write("<defs><marker id=\"kg-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#888888\"/></marker></defs>\n");
        output.Write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        WriteLegend(scene, output);
        WriteEdges(scene, output, ct);
        WriteNodes(scene, output, ct);
        output.Write("</svg>\n");
        output.Flush();
    }

    private static void WriteLegend(SvgScene scene, TextWriter output)
    {
        output.Write("<g class=\"legend\">\n");
        var places = LegendLayout.Place(scene.Legend, scene.LegendWrap);
        for (int i = 0; i < scene.Legend.Count; i++)
        {
            var (name, colour) = scene.Legend[i];
            double x = SvgScene.Margin + places[i].X, y = SvgScene.Margin + places[i].Row * LegendLayout.RowHeight;
            output.Write("<rect");
            WriteNumber(output, "x", x);
            WriteNumber(output, "y", y);
            output.Write(" width=\"12\" height=\"12\" rx=\"3\" fill=\"");
            output.Write(colour);
            output.Write("\"/>");
            WriteLabel(output, x + LegendLayout.SwatchSize + 6, y + 10.5, " fill=\"#333333\"", name);
            output.Write('\n');
        }
        output.Write("</g>\n");
    }

    private static void WriteEdges(SvgScene scene, TextWriter output, CancellationToken ct)
    {
        output.Write("<g class=\"edges\" stroke=\"#9a9a9a\" stroke-width=\"1.2\">\n");
        foreach (var edge in scene.Edges)
        {
            ct.ThrowIfCancellationRequested();
            var (a, b) = (scene.Nodes[edge.Source], scene.Nodes[edge.Target]);
            double dx = b.X - a.X, dy = b.Y - a.Y, length = Math.Sqrt(dx * dx + dy * dy);
            if (edge.Source == edge.Target || length <= a.Radius + b.Radius) continue;
            double ux = dx / length, uy = dy / length;
            output.Write("<line");
            WriteNumber(output, "x1", a.X + ux * a.Radius);
            WriteNumber(output, "y1", a.Y + uy * a.Radius);
            WriteNumber(output, "x2", b.X - ux * (b.Radius + 1));
            WriteNumber(output, "y2", b.Y - uy * (b.Radius + 1));
            output.Write(" marker-end=\"url(#kg-arrow)\"><title>");
            XmlEscaping.WriteText(output, edge.Label);
            output.Write("</title></line>\n");
        }
        output.Write("</g>\n");
        if (scene.EdgeLabels.Count == 0) return;
        // Drawn after every line so no line crosses a label, with a white halo to keep them readable.
        output.Write("<g class=\"edge-labels\" font-size=\"9\" fill=\"#666666\" text-anchor=\"middle\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\n");
        foreach (var (x, y, text) in scene.EdgeLabels)
        {
            WriteLabel(output, x, y + 3, "", text);
            output.Write('\n');
        }
        output.Write("</g>\n");
    }

    private static void WriteNodes(SvgScene scene, TextWriter output, CancellationToken ct)
    {
        output.Write("<g class=\"nodes\" text-anchor=\"middle\">\n");
        foreach (var node in scene.Nodes)
        {
            ct.ThrowIfCancellationRequested();
            output.Write("<g class=\"node\" data-iri=\"");
            XmlEscaping.WriteAttribute(output, node.Iri);
            output.Write("\" data-class=\"");
            XmlEscaping.WriteAttribute(output, node.ClassName);
            output.Write("\"><title>");
            XmlEscaping.WriteText(output, node.Tooltip);
            output.Write("</title><circle");
            WriteNumber(output, "cx", node.X);
            WriteNumber(output, "cy", node.Y);
            WriteNumber(output, "r", node.Radius);
            output.Write(" fill=\"");
            output.Write(node.Colour);
            output.Write("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            WriteLabel(output, node.X, node.Y + node.Radius + SvgScene.FontSize,
                " fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"", node.Label);
            output.Write("</g>\n");
        }
        output.Write("</g>\n");
    }

    /// <summary>Writes <c> name="number"</c>.</summary>
    private static void WriteNumber(TextWriter output, string name, double value)
    {
        output.Write(' ');
        output.Write(name);
        output.Write("=\"");
        output.Write(TextMetrics.Number(value));
        output.Write('"');
    }

    /// <summary>Writes a <c>text</c> element at (x, y) with fixed <paramref name="attributes"/> and escaped content.</summary>
    private static void WriteLabel(TextWriter output, double x, double y, string attributes, string text)
    {
        output.Write("<text");
        WriteNumber(output, "x", x);
        WriteNumber(output, "y", y);
        output.Write(attributes);
        output.Write('>');
        XmlEscaping.WriteText(output, text);
        output.Write("</text>");
    }
}
