using KnowledgeGraph.Export;

namespace KnowledgeGraph.Interactive;

/// <summary>
/// A graph drawn as an SVG picture by <see cref="SvgWriter"/>, which a notebook shows inline (the formatter writes
/// the SVG element as the cell's HTML output). Immutable; safe to share between threads.
/// </summary>
public sealed class GraphPicture
{
    private GraphPicture(string svg) => Svg = svg;

    /// <summary>The picture as a standalone <c>&lt;svg&gt;</c> element.</summary>
    public string Svg { get; }

    /// <summary>Draws <paramref name="graph"/> with the given options (the <see cref="SvgOptions"/> defaults when null).</summary>
    /// <exception cref="InvalidOperationException">The graph has more nodes than <see cref="SvgOptions.MaxNodes"/>.</exception>
    public static GraphPicture Draw(Graph graph, SvgOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = new StringWriter { NewLine = "\n" };
        new SvgWriter(options).Write(graph, text, ct);
        return new GraphPicture(text.ToString());
    }

    /// <inheritdoc />
    public override string ToString() => Svg;
}
