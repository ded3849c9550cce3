using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace KnowledgeGraph.Interactive;

/// <summary>Renders a <see cref="DataFrame"/> as a plain HTML table: column names with their types in small type,
/// numbers right-aligned, nulls empty.</summary>
internal static class HtmlDataFrames
{
    public static string Render(DataFrame frame, int maxRows)
    {
        var sb = new StringBuilder("<table class=\"kg-dataframe\"><thead><tr>");
        foreach (var column in frame.Columns)
            sb.Append("<th>").Append(Encode(column.Name)).Append(" <small>").Append(Encode(TypeName(column.DataType))).Append("</small></th>");
        sb.Append("</tr></thead><tbody>");
        long shown = Math.Min(frame.Rows.Count, maxRows);
        for (long r = 0; r < shown; r++)
        {
            sb.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                var value = column[r];
                bool number = value is long or int or double or float or decimal;
                sb.Append(number ? "<td style=\"text-align:right\">" : "<td>").Append(Encode(Format(value))).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody><caption style=\"caption-side:bottom\">").Append(frame.Rows.Count).Append(frame.Rows.Count == 1 ? " row" : " rows");
        if (frame.Rows.Count > shown) sb.Append(", the first ").Append(shown).Append(" shown");
        return sb.Append("</caption></table>").ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("u", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string TypeName(Type type) => type == typeof(long) ? "long" : type == typeof(double) ? "double"
        : type == typeof(bool) ? "bool" : type == typeof(string) ? "string" : type.Name;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
