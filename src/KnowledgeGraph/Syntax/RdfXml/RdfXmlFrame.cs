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
    public readonly List<(NamedNode Predicate, string Value)> PropertyAttributes = new();
    public readonly StringBuilder Text = new();
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
        PropertyAttributes.Clear();
        if (Text.Capacity > 4096) Text.Capacity = 256;
        Text.Clear();
        HasNodeChild = false;
        LastCell = null;
        Literal = null;
    }

    /// <summary>True when the element carries attributes that only an empty property element may have.</summary>
    public bool HasEmptyElementAttributes => ResourceObject is not null || TypeIri is not null || PropertyAttributes.Count > 0;
}
