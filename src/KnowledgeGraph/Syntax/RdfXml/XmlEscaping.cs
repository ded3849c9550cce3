using KnowledgeGraph.Model;
using System.Text;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>Escapes text for XML element content and attribute values so that an XML parser reads back exactly the
/// same characters (including carriage returns and, in attributes, tabs and newlines). The writer checks with
/// <see cref="EnsureRepresentable"/> before it writes anything.</summary>
internal static class XmlEscaping
{
    public static void AppendText(StringBuilder sb, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    public static void AppendAttribute(StringBuilder sb, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\t': sb.Append("&#x9;"); break;
                case '\n': sb.Append("&#xA;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>XML 1.0 cannot carry most C0 controls, U+FFFE/U+FFFF or unpaired surrogates, even as references.
    /// Throws, naming the offending <paramref name="kind"/> and <paramref name="owner"/> (formatted only on failure).</summary>
    public static void EnsureRepresentable(string value, string kind, object owner, string syntax = "RDF/XML")
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool ok = c >= 0x20 ? c is not ('\uFFFE' or '\uFFFF') : c is '\t' or '\n' or '\r';
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) ok = false;
            if (!ok)
                throw new RdfWriteException(syntax, $"{syntax} cannot represent {kind} {ErrorText.Quote(owner.ToString()!)}: it contains U+{(int)c:X4}, which XML 1.0 does not allow.");
        }
    }
}
