using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace KnowledgeGraph.Interactive;

/// <summary>
/// Teaches .NET Interactive to show KnowledgeGraph values as HTML: SPARQL results, graphs and DataFrames as tables,
/// terms as short links, <see cref="GraphPicture"/>s as inline SVG. The package's <c>extension.dib</c> calls <see cref="Register"/> when a notebook references it.
/// </summary>
/// <remarks>Thread safety: call <see cref="Register"/> from the notebook's thread (the package's extension does); the formatters it
/// installs only read the values they show, and <see cref="MaxRows"/> is read each time a value is shown.</remarks>
public static class KnowledgeGraphFormatters
{
    /// <summary>The most rows a table shows; the caption says how many were left out.</summary>
    public static int MaxRows { get; set; } = 200;

    /// <summary>Registers the HTML formatters (idempotent: registering again replaces them).</summary>
    public static void Register()
    {
        Formatter.Register<SparqlResultSet>((results, writer) => writer.Write(HtmlTables.ResultSet(results, MaxRows)), HtmlFormatter.MimeType);
        Formatter.Register<SparqlResult>((result, writer) => writer.Write(HtmlTables.Result(result, MaxRows)), HtmlFormatter.MimeType);
        Formatter.Register<SparqlRow>((row, writer) => writer.Write(HtmlTables.Row(row)), HtmlFormatter.MimeType);
        Formatter.Register<Graph>((graph, writer) => writer.Write(HtmlTables.Graph(graph, MaxRows)), HtmlFormatter.MimeType);
        Formatter.Register<Term>((term, writer) => writer.Write(HtmlTables.Term(term)), HtmlFormatter.MimeType);
        Formatter.Register<GraphPicture>((picture, writer) => writer.Write(picture.Svg), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(HtmlDataFrames.Render(frame, MaxRows)), HtmlFormatter.MimeType);
    }
}
