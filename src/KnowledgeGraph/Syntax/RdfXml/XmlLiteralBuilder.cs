using System.Text;
using System.Xml;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Builds the lexical form of an <c>rdf:parseType="Literal"</c> value as Exclusive XML Canonicalization (with
/// comments, empty InclusiveNamespaces list) renders it: each element declares exactly the namespaces it visibly
/// uses that no rendered ancestor inside the literal already declared, attributes are sorted, empty elements get an
/// end tag, and text and attribute values use the canonical escapes. It is fed one XML event at a time, so its
/// depth costs heap, not stack.
/// </summary>
internal sealed class XmlLiteralBuilder
{
    private readonly StringBuilder _text = new();
    // Namespace declarations rendered so far, innermost last, each tagged with the element depth that rendered it.
    private readonly List<(string Prefix, string Uri, int Depth)> _rendered = new();
    private readonly List<(string Prefix, string Uri)> _needed = new();
    private readonly List<(string Namespace, string Local, string QName, string Value)> _attributes = new();
    private int _depth;

    /// <summary>How many elements of the literal are open.</summary>
    public int Depth => _depth;

    /// <summary>Length so far, to enforce the literal length limit.</summary>
    public int Length => _text.Length;

    /// <summary>Renders the start tag of the element the reader is on (and its end tag when it is empty).</summary>
    public void StartElement(XmlReader reader)
    {
        _depth++;
        _needed.Clear();
        _attributes.Clear();
        Use(reader.Prefix, reader.NamespaceURI);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == RdfXmlNames.XmlnsNs) continue;
                if (reader.Prefix.Length > 0 && reader.Prefix != "xml") Use(reader.Prefix, reader.NamespaceURI);
                _attributes.Add((reader.NamespaceURI, reader.LocalName, reader.Name, reader.Value));
            } while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        _text.Append('<').Append(reader.Name);
        _needed.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        foreach (var (prefix, uri) in _needed)
        {
            _text.Append(prefix.Length == 0 ? " xmlns" : " xmlns:" + prefix).Append("=\"");
            XmlEscaping.AppendAttribute(_text, uri);
            _text.Append('"');
            _rendered.Add((prefix, uri, _depth));
        }
        _attributes.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Namespace, b.Namespace);
            return c != 0 ? c : string.CompareOrdinal(a.Local, b.Local);
        });
        foreach (var a in _attributes)
        {
            _text.Append(' ').Append(a.QName).Append("=\"");
            XmlEscaping.AppendAttribute(_text, a.Value);
            _text.Append('"');
        }
        _text.Append('>');
        if (reader.IsEmptyElement) EndElement(reader.Name);
    }

    /// <summary>Renders an end tag.</summary>
    public void EndElement(string qualifiedName)
    {
        _text.Append("</").Append(qualifiedName).Append('>');
        while (_rendered.Count > 0 && _rendered[^1].Depth == _depth) _rendered.RemoveAt(_rendered.Count - 1);
        _depth--;
    }

    /// <summary>Renders character data (text, CDATA or whitespace).</summary>
    public void Text(string value) => XmlEscaping.AppendText(_text, value);

    /// <summary>Renders a comment (the canonical form keeps comments).</summary>
    public void Comment(string value) => _text.Append("<!--").Append(value).Append("-->");

    /// <summary>Renders a processing instruction.</summary>
    public void ProcessingInstruction(string target, string data)
    {
        _text.Append("<?").Append(target);
        if (data.Length > 0) _text.Append(' ').Append(data);
        _text.Append("?>");
    }

    /// <summary>The canonical text.</summary>
    public override string ToString() => _text.ToString();

    private void Use(string prefix, string uri)
    {
        foreach (var n in _needed)
            if (n.Prefix == prefix) return;
        // The nearest rendered declaration of this prefix inside the literal decides; outside it nothing is declared,
        // so an unprefixed element in no namespace needs no xmlns="" unless a default namespace was rendered.
        string? inEffect = null;
        for (int i = _rendered.Count - 1; i >= 0; i--)
            if (_rendered[i].Prefix == prefix)
            {
                inEffect = _rendered[i].Uri;
                break;
            }
        if (inEffect == uri || (inEffect is null && uri.Length == 0)) return;
        _needed.Add((prefix, uri));
    }
}
