using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Quotes strings for Graphviz's DOT language. Inside a double-quoted ID only <c>\"</c> is an escape for DOT
/// itself, but labels and tooltips are "escString"s in which a backslash starts <c>\n</c>, <c>\l</c>, <c>\N</c>, …, so
/// every backslash is doubled; line breaks become <c>\n</c> and other control characters spaces.
/// </summary>
internal static class DotEscaping
{
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': if (i + 1 >= value.Length || value[i + 1] != '\n') sb.Append("\\n"); break;
                case < ' ' or '\u007F': sb.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                        break;
                    }
                    sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
