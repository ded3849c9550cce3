using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>What an open element is, in the terms of the RDF/XML grammar.</summary>
internal enum FrameKind
{
    /// <summary>Before the document element.</summary>
    Root,
    /// <summary><c>rdf:RDF</c>: holds node elements.</summary>
    Rdf,
    /// <summary>A node element: holds property elements.</summary>
    Node,
    /// <summary>A property element whose content is not known yet: text, one node element, or nothing.</summary>
    Property,
    /// <summary><c>rdf:parseType="Resource"</c>: a property element that is also a blank node's node element.</summary>
    ResourceProperty,
    /// <summary><c>rdf:parseType="Collection"</c>: holds node elements that become an RDF list.</summary>
    Collection,
    /// <summary><c>rdf:parseType="Literal"</c>: its content becomes an XML literal.</summary>
    Literal,
}

/// <summary>
/// One open element. The parser keeps these on its own stack (and reuses them), so document depth never deepens
/// the call stack.
/// </summary>
internal sealed class RdfXmlFrame
{
    public FrameKind Kind;
    public string? Base;
    public string? Language;
    public int Line;
    public int Column;

    /// <summary>The node this element describes (node elements, parseType="Resource") or the subject of the
    /// property element's triple.</summary>
    public Term? Subject;

    /// <summary>The next <c>rdf:li</c> number, for frames whose children are property elements.</summary>
    public int NextLi;

    public NamedNode? Predicate;
    /// <summary>The IRI an <c>rdf:ID</c> on a property element gives the reified statement.</summary>
    public string? ReifyIri;
    public NamedNode? Datatype;
    /// <summary>The object named by <c>rdf:resource</c> or <c>rdf:nodeID</c> on an empty property element.</summary>
    public Term? ResourceObject;
    public string? TypeIri;
    /// <summary>Property attributes of a property element, applied to its object if it turns out to be empty.</summary>
    public List<(NamedNode Predicate, string Value)>? PropertyAttributes;
    // Text content: usually one chunk, so the builder is only made for the second.
    private string? _text;
    private StringBuilder? _moreText;
    public bool HasNodeChild;

    /// <summary>The last cell of a parseType="Collection" list so far.</summary>
    public Term? LastCell;

    public XmlLiteralBuilder? Literal;

    public void Reset(FrameKind kind, string? baseIri, string? language, int line, int column)
    {
        Kind = kind;
        Base = baseIri;
        Language = language;
        Line = line;
        Column = column;
        Subject = null;
        NextLi = 1;
        Predicate = null;
        ReifyIri = null;
        Datatype = null;
        ResourceObject = null;
        TypeIri = null;
        PropertyAttributes?.Clear();
        ClearText();
        HasNodeChild = false;
        LastCell = null;
        Literal = null;
    }

    /// <summary>True when the element carries attributes that only an empty property element may have.</summary>
    public bool HasEmptyElementAttributes => ResourceObject is not null || TypeIri is not null || PropertyAttributes is { Count: > 0 };

    public int TextLength => _moreText?.Length ?? _text?.Length ?? 0;

    public void AppendText(string value)
    {
        if (_moreText is not null) _moreText.Append(value);
        else if (_text is null) _text = value;
        else
        {
            _moreText = new StringBuilder(_text).Append(value);
            _text = null;
        }
    }

    public string GetText() => _moreText?.ToString() ?? _text ?? "";

    public void ClearText()
    {
        _text = null;
        _moreText = null;
    }
}
