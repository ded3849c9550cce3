using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// Draws SELECT results as a text table that fits the terminal: when the natural width is too wide, the widest
/// columns give up space first and their cells are cut with an ellipsis. Widths are terminal columns
/// (<see cref="DisplayWidth"/>), so Chinese text, two columns a character, lines up.
/// </summary>
internal static class ResultTable
{
    private const int MinColumnWidth = 6;

    public static void Write(TextWriter output, SparqlResultSet results, TermText text, int? maxWidth)
    {
        var headers = results.Variables.Select(v => "?" + v).ToArray();
        var rows = results.Select(r => Enumerable.Range(0, headers.Length).Select(i => OneLine(text.Format(r[i]))).ToArray()).ToList();
        WriteCells(output, headers, rows, maxWidth);
        output.WriteLine(rows.Count == 1 ? "(1 row)" : $"({rows.Count} rows)");
    }

    /// <summary>Draws a header and rows of cells (no footer); other tables (the validation report) share the layout.</summary>
    internal static void WriteCells(TextWriter output, string[] headers, List<string[]> rows, int? maxWidth)
    {
        rows = rows.Select(r => r.Select(OneLine).ToArray()).ToList();
        var widths = headers.Select((h, i) => Math.Max(DisplayWidth.Of(h), rows.Count == 0 ? 0 : rows.Max(r => DisplayWidth.Of(r[i])))).ToArray();
        if (maxWidth is { } limit) Shrink(widths, limit);
        if (headers.Length > 0)
        {
            output.WriteLine(Line(headers, widths));
            output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))).TrimEnd());
            foreach (var row in rows) output.WriteLine(Line(row, widths));
        }
    }

    /// <summary>Takes width from the widest column until the row (cells plus " | " separators) fits.</summary>
    internal static void Shrink(int[] widths, int maxWidth)
    {
        int separators = Math.Max(0, widths.Length - 1) * 3;
        while (widths.Sum() + separators > maxWidth)
        {
            int widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= MinColumnWidth) break;
            widths[widest]--;
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append(" | ");
            sb.Append(DisplayWidth.PadRight(Fit(cells[i], widths[i]), widths[i]));
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The cell, or as much of it as fits before an ellipsis (one column).</summary>
    private static string Fit(string cell, int width) =>
        DisplayWidth.Of(cell) <= width ? cell : DisplayWidth.Prefix(cell, width - 1) + "…";

    /// <summary>A cell on one line, safe for a terminal: line breaks and tabs become spaces, and any other control
    /// character or bidirectional override of the data is shown escaped (<c>\u0007</c>), never sent to the terminal.</summary>
    private static string OneLine(string cell) => ErrorText.Escape(cell.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
}
