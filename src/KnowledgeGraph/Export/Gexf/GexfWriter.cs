using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes an RDF graph as <see href="https://gexf.net/">GEXF</see>, Gephi's native format (1.3 by default, or
/// 1.2draft): resources as nodes, object-valued triples as directed edges.
/// </summary>
/// <remarks>
/// Nodes carry their preferred label (in <see cref="GexfOptions.Language"/>) and one attribute per language the labels
/// are in (<c>label_en</c>, <c>label_zh-Hans</c>, …), <c>viz:color</c> from a palette over the graph's classes, <c>viz:size</c>
/// growing with degree, and declared attributes <c>type</c>, <c>types</c>, <c>iri</c> plus one typed attribute per
/// literal-valued predicate. Edges carry <c>label</c> and (1.3) <c>kind</c> = the predicate's prefixed name, so
/// Gephi keeps different relations between the same two nodes apart, and a <c>predicate</c> attribute with the IRI.
/// In <see cref="GexfOptions.Dynamic"/> mode nodes with a time get <c>start</c>/<c>end</c> (see
/// <see cref="GexfOptions.Dynamic"/>). Ids and order are those of <see cref="GraphMlWriter"/>; output is deterministic.
/// <para>Thread safety: keeps only its options; one instance may write several graphs on several threads at once, as long as its options are not changed meanwhile.</para>
/// </remarks>
public sealed class GexfWriter
{
    private readonly GexfOptions _options;

    /// <summary>Creates a writer with the given options (defaults when null).</summary>
    public GexfWriter(GexfOptions? options = null) => _options = options ?? new GexfOptions();

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/> as a GEXF document.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Write(Graph graph, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var view = new ExportView(graph, _options.ToSettings(), ct);
        bool v13 = _options.Version == GexfVersion.V1_3;
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Write(v13
            ? "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
            : "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n");
        output.Write("  <meta>\n    <creator>KnowledgeGraph</creator>\n  </meta>\n");
        if (!_options.Dynamic) output.Write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        else if (v13) output.Write("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n");
        else output.Write("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n");
        WriteAttributeDeclarations(view, output);
        WriteNodes(view, output, ct);
        WriteEdges(view, output, v13, ct);
        output.Write("  </graph>\n</gexf>\n");
        output.Flush();
    }

    private static void WriteAttributeDeclarations(ExportView view, TextWriter output)
    {
        // One block per class: graphology-gexf keeps only the last block of a class.
        output.Write("    <attributes class=\"node\" mode=\"static\">\n");
        foreach (var language in view.LabelLanguages) WriteAttribute(output, ExportView.LabelKey(language), "string");
        WriteAttribute(output, "type", "string");
        WriteAttribute(output, "types", "string");
        WriteAttribute(output, "iri", "string");
        foreach (var c in view.Columns) WriteAttribute(output, c.Key, AttributeKinds.GexfName(c.Kind));
        output.Write("    </attributes>\n");
        output.Write("    <attributes class=\"edge\" mode=\"static\">\n");
        WriteAttribute(output, "predicate", "string");
        output.Write("    </attributes>\n");
    }

    /// <summary>Id and title are the same, because graphology reads the id and networkx and Gephi the title.</summary>
    private static void WriteAttribute(TextWriter output, string id, string type)
    {
        output.Write("      <attribute id=\"");
        output.Write(id);
        output.Write("\" title=\"");
        output.Write(id);
        output.Write("\" type=\"");
        output.Write(type);
        output.Write("\"/>\n");
    }

    private void WriteNodes(ExportView view, TextWriter output, CancellationToken ct)
    {
        var times = _options.Dynamic ? new NodeTimes(view) : null;
        var values = new List<AttributeValue>();
        var scratch = new List<Literal>();
        output.Write("    <nodes>\n");
        for (int node = 0; node < view.NodeCount; node++)
        {
            if ((node & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            output.Write("      <node id=\"n");
            output.Write(node.ToString(CultureInfo.InvariantCulture));
            output.Write("\" label=\"");
            XmlEscaping.WriteAttribute(output, view.Label(node));
            output.Write('"');
            if (times is not null)
            {
                var (start, end) = times.Of(node);
                if (start is not null) output.Write($" start=\"{start}\"");
                if (end is not null) output.Write($" end=\"{end}\"");
            }
            output.Write("><attvalues>");
            foreach (var language in view.LabelLanguages)
                if (view.LabelIn(node, language) is { } text) WriteValue(output, ExportView.LabelKey(language), text);
            int cls = view.PrimaryClass(node);
            if (cls >= 0)
            {
                WriteValue(output, "type", view.Class(cls).Name);
                WriteValue(output, "types", view.TypeNames(node));
            }
            var term = view.NodeTerm(node);
            WriteValue(output, "iri", term is NamedNode n ? n.Value : term.ToString());
            view.CollectAttributes(node, values, scratch);
            foreach (var v in values) WriteValue(output, v.Column.Key, v.Value);
            output.Write("</attvalues>");
            // viz:size must have "value" as its first (only) attribute: Gephi reads attribute 0.
            double size = 10 + 4 * Math.Sqrt(view.Degree(node));
            output.Write("<viz:size value=\"");
            output.Write(size.ToString("0.##", CultureInfo.InvariantCulture));
            output.Write("\"/>");
            var (r, g, b) = ClassPalette.Colour(cls >= 0 ? view.Class(cls).Rank : -1);
            output.Write($"<viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/></node>\n");
        }
        output.Write("    </nodes>\n");
    }

    private static void WriteEdges(ExportView view, TextWriter output, bool withKind, CancellationToken ct)
    {
        output.Write("    <edges>\n");
        long edge = 0;
        foreach (var (source, target, predicate) in view.Edges(ct))
        {
            output.Write("      <edge id=\"e");
            output.Write(edge++.ToString(CultureInfo.InvariantCulture));
            output.Write("\" source=\"n");
            output.Write(source.ToString(CultureInfo.InvariantCulture));
            output.Write("\" target=\"n");
            output.Write(target.ToString(CultureInfo.InvariantCulture));
            output.Write("\" label=\"");
            XmlEscaping.WriteAttribute(output, predicate.Name);
            if (withKind)
            {
                output.Write("\" kind=\"");
                XmlEscaping.WriteAttribute(output, predicate.Name);
            }
            output.Write("\" weight=\"1.0\"><attvalues>");
            WriteValue(output, "predicate", predicate.Iri);
            output.Write("</attvalues></edge>\n");
        }
        output.Write("    </edges>\n");
    }

    private static void WriteValue(TextWriter output, string key, string value)
    {
        output.Write("<attvalue for=\"");
        output.Write(key);
        output.Write("\" value=\"");
        XmlEscaping.WriteAttribute(output, value);
        output.Write("\"/>");
    }
}
