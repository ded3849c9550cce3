using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes an RDF graph in Graphviz's <see href="https://graphviz.org/doc/info/lang.html">DOT language</see> as a
/// <c>digraph</c>: resources as rounded boxes filled with their class colour and labelled with their preferred label,
/// object-valued triples as edges labelled with the predicate's prefixed name. With
/// <see cref="GraphExportOptions.IncludeLiterals"/> the literal-valued properties are added to the node label as
/// <c>key: value</c> lines. Every id and string is quoted and escaped; output is deterministic.
/// </summary>
/// <remarks>Thread safety: keeps only its options; one instance may write several graphs on several threads at once, as long as its options are not changed meanwhile.</remarks>
public sealed class DotWriter
{
    /// <summary>Longest literal value shown in a label; longer ones are cut with an ellipsis so boxes stay readable.</summary>
    private const int MaxValueLength = 80;

    private readonly ExportSettings _settings;

    /// <summary>Creates a writer with the given options (defaults when null).</summary>
    public DotWriter(GraphExportOptions? options = null) => _settings = options?.ToSettings() ?? ExportSettings.Default;

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/> as a DOT digraph.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Write(Graph graph, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var view = new ExportView(graph, _settings, ct);
        output.Write("digraph \"KnowledgeGraph\" {\n");
        output.Write("  graph [charset=\"UTF-8\", overlap=false, splines=true, fontname=\"Helvetica\"];\n");
        output.Write("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
        output.Write("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#666666\", fontcolor=\"#444444\"];\n");
        WriteNodes(view, output, ct);
        foreach (var (source, target, predicate) in view.Edges(ct))
        {
            output.Write("  ");
            output.Write(NodeId(source));
            output.Write(" -> ");
            output.Write(NodeId(target));
            output.Write(" [label=");
            output.Write(DotEscaping.Quote(predicate.Name));
            output.Write(", tooltip=");
            output.Write(DotEscaping.Quote(predicate.Iri));
            output.Write("];\n");
        }
        output.Write("}\n");
        output.Flush();
    }

    private static void WriteNodes(ExportView view, TextWriter output, CancellationToken ct)
    {
        var values = new List<AttributeValue>();
        var scratch = new List<Literal>();
        for (int node = 0; node < view.NodeCount; node++)
        {
            if ((node & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var label = view.Label(node);
            view.CollectAttributes(node, values, scratch);
            foreach (var v in values) label += "\n" + v.Column.Key + ": " + Shorten(v.Value);
            int cls = view.PrimaryClass(node);
            var colour = ClassPalette.Colour(cls >= 0 ? view.Class(cls).Rank : -1);
            var term = view.NodeTerm(node);
            output.Write("  ");
            output.Write(NodeId(node));
            output.Write(" [label=");
            output.Write(DotEscaping.Quote(label));
            output.Write(", fillcolor=\"");
            output.Write(ClassPalette.Hex(colour));
            output.Write("\", fontcolor=\"");
            output.Write(IsLight(colour) ? "#000000" : "#FFFFFF");
            output.Write("\", tooltip=");
            output.Write(DotEscaping.Quote(term is NamedNode n ? n.Value : term.ToString()));
            output.Write("];\n");
        }
    }

    private static string NodeId(int node) => "\"n" + node.ToString(CultureInfo.InvariantCulture) + "\"";

    private static string Shorten(string value) =>
        value.Length <= MaxValueLength ? value : value[..(MaxValueLength - 1)] + "…";

    private static bool IsLight((byte R, byte G, byte B) c) => 0.299 * c.R + 0.587 * c.G + 0.114 * c.B > 150;
}
