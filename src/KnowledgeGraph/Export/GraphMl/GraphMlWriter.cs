using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes an RDF graph as <see href="http://graphml.graphdrawing.org/specification.html">GraphML</see> that Gephi,
/// NetworkX, igraph, graphology and yEd read as intended: a directed graph whose nodes are the graph's resources and
/// whose edges are its object-valued triples.
/// </summary>
/// <remarks>
/// Node data: <c>label</c> (preferred label in <see cref="GraphExportOptions.Language"/>, else the prefixed name),
/// <c>label_en</c>, <c>label_zh-Hans</c>, … (one per language the labels are in, so every language travels with the
/// file), <c>type</c> (the most specific class, prefixed, for partition colouring), <c>types</c> (all classes),
/// <c>iri</c>, <c>color</c> (<c>#RRGGBB</c> per class) and one typed column per literal-valued predicate (boolean,
/// int, long, double or string after the literals' datatypes). Edge data: <c>label</c> (the predicate's prefixed
/// name), <c>predicate</c> (its IRI) and <c>weight</c>. <c>rdf:type</c> is the <c>type</c> column, never an edge.
/// Every key is declared for <c>node</c> or <c>edge</c>, never <c>all</c>. Nodes are numbered <c>n0</c>, <c>n1</c>, …
/// in term order and edges <c>e0</c>, <c>e1</c>, … in (source, predicate, target) order, so the same graph always
/// gives the same bytes. Nodes and edges are written straight from the graph's indexes.
/// <para>Thread safety: keeps only its options; one instance may write several graphs on several threads at once, as long as its options are not changed meanwhile.</para>
/// </remarks>
public sealed class GraphMlWriter
{
    private readonly ExportSettings _settings;

    /// <summary>Creates a writer with the given options (defaults when null).</summary>
    public GraphMlWriter(GraphExportOptions? options = null) => _settings = options?.ToSettings() ?? ExportSettings.Default;

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/> as a GraphML document.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Write(Graph graph, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var view = new ExportView(graph, _settings, ct);
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        WriteKeys(view, output);
        output.Write("  <graph id=\"G\" edgedefault=\"directed\">\n");
        WriteNodes(view, output, ct);
        WriteEdges(view, output, ct);
        output.Write("  </graph>\n</graphml>\n");
        output.Flush();
    }

    private static void WriteKeys(ExportView view, TextWriter output)
    {
        WriteKey(output, "label", "node", "label", "string");
        foreach (var language in view.LabelLanguages)
            WriteKey(output, ExportView.LabelKey(language), "node", ExportView.LabelKey(language), "string");
        WriteKey(output, "type", "node", "type", "string");
        WriteKey(output, "types", "node", "types", "string");
        WriteKey(output, "iri", "node", "iri", "string");
        WriteKey(output, "color", "node", "color", "string");
        foreach (var c in view.Columns) WriteKey(output, c.Key, "node", c.Key, AttributeKinds.GraphMlName(c.Kind));
        WriteKey(output, "edgelabel", "edge", "label", "string");
        WriteKey(output, "predicate", "edge", "predicate", "string");
        WriteKey(output, "weight", "edge", "weight", "double");
    }

    private static void WriteKey(TextWriter output, string id, string domain, string name, string type)
    {
        output.Write("  <key id=\"");
        output.Write(id);
        output.Write("\" for=\"");
        output.Write(domain);
        output.Write("\" attr.name=\"");
        output.Write(name);
        output.Write("\" attr.type=\"");
        output.Write(type);
        output.Write("\"/>\n");
    }

    private static void WriteNodes(ExportView view, TextWriter output, CancellationToken ct)
    {
        var values = new List<AttributeValue>();
        var scratch = new List<Literal>();
        for (int node = 0; node < view.NodeCount; node++)
        {
            if ((node & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            output.Write("    <node id=\"n");
            output.Write(node.ToString(CultureInfo.InvariantCulture));
            output.Write("\">");
            WriteData(output, "label", view.Label(node));
            foreach (var language in view.LabelLanguages)
                if (view.LabelIn(node, language) is { } text) WriteData(output, ExportView.LabelKey(language), text);
            int cls = view.PrimaryClass(node);
            if (cls >= 0)
            {
                WriteData(output, "type", view.Class(cls).Name);
                WriteData(output, "types", view.TypeNames(node));
            }
            var term = view.NodeTerm(node);
            WriteData(output, "iri", term is NamedNode n ? n.Value : term.ToString());
            WriteData(output, "color", ClassPalette.Hex(ClassPalette.Colour(cls >= 0 ? view.Class(cls).Rank : -1)));
            view.CollectAttributes(node, values, scratch);
            foreach (var v in values) WriteData(output, v.Column.Key, v.Value);
            output.Write("</node>\n");
        }
    }

    private static void WriteEdges(ExportView view, TextWriter output, CancellationToken ct)
    {
        long edge = 0;
        foreach (var (source, target, predicate) in view.Edges(ct))
        {
            output.Write("    <edge id=\"e");
            output.Write(edge++.ToString(CultureInfo.InvariantCulture));
            output.Write("\" source=\"n");
            output.Write(source.ToString(CultureInfo.InvariantCulture));
            output.Write("\" target=\"n");
            output.Write(target.ToString(CultureInfo.InvariantCulture));
            output.Write("\">");
            WriteData(output, "edgelabel", predicate.Name);
            WriteData(output, "predicate", predicate.Iri);
            output.Write("<data key=\"weight\">1.0</data></edge>\n");
        }
    }

    private static void WriteData(TextWriter output, string key, string value)
    {
        output.Write("<data key=\"");
        output.Write(key);
        output.Write("\">");
        XmlEscaping.WriteText(output, value);
        output.Write("</data>");
    }
}
