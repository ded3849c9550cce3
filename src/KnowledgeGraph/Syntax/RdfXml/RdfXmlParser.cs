using System.Diagnostics.CodeAnalysis;
using System.Xml;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Turns the events of an <see cref="XmlReader"/> into triples following the
/// <see href="https://www.w3.org/TR/rdf-syntax-grammar/#section-Infoset-Grammar">RDF/XML grammar</see>. Open elements
/// live on an explicit stack of <see cref="RdfXmlFrame"/>s; nothing here recurses.
/// </summary>
internal sealed partial class RdfXmlParser
{
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly IRdfSink _sink;
    private readonly RdfReaderOptions _options;
    private readonly CancellationToken _cancellation;
    private readonly List<RdfXmlFrame> _frames = new();
    private int _depth;
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode> _nodeIds = new(StringComparer.Ordinal);
    private readonly List<Attribute> _attributes = new();
    private readonly XmlNameIris _nameIris = new();

    private readonly record struct Attribute(string Namespace, string Local, string Value, int Line, int Column);

    public RdfXmlParser(XmlReader xml, IRdfSink sink, RdfReaderOptions options, CancellationToken cancellation)
    {
        _xml = xml;
        _lineInfo = xml as IXmlLineInfo;
        _sink = sink;
        _options = options;
        _cancellation = cancellation;
        string? docBase = string.IsNullOrEmpty(options.BaseIri) ? null : options.BaseIri;
        Push(FrameKind.Root, docBase, null);
    }

    private RdfXmlFrame Top => _frames[_depth - 1];

    public void Parse()
    {
        int events = 0;
        while (_xml.Read())
        {
            if ((++events & 1023) == 0) _cancellation.ThrowIfCancellationRequested();
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    OnStartElement();
                    break;
                case XmlNodeType.EndElement:
                    OnEndElement();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    OnText(_xml.Value);
                    break;
                case XmlNodeType.Comment:
                    Top.Literal?.Comment(_xml.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    Top.Literal?.ProcessingInstruction(_xml.Name, _xml.Value);
                    break;
            }
        }
        _cancellation.ThrowIfCancellationRequested();
    }

    private void OnStartElement()
    {
        var parent = Top;
        if (parent.Kind == FrameKind.Literal)
        {
            CheckDepth(_depth + parent.Literal!.Depth);
            parent.Literal.StartElement(_xml);
            CheckLiteralLength(parent.Literal.Length);
            return;
        }
        CheckDepth(_depth);
        bool empty = _xml.IsEmptyElement;
        ReadAttributes(parent, out string? baseIri, out string? language);
        switch (parent.Kind)
        {
            case FrameKind.Root:
                if (IsRdf("RDF"))
                {
                    Push(FrameKind.Rdf, baseIri, language);
                    CheckRdfElementAttributes();
                }
                else StartNodeElement(baseIri, language);
                break;
            case FrameKind.Rdf:
                StartNodeElement(baseIri, language);
                break;
            case FrameKind.Node:
            case FrameKind.ResourceProperty:
                StartPropertyElement(parent, baseIri, language);
                break;
            case FrameKind.Property:
                StartPropertyValueNode(parent, baseIri, language);
                break;
            case FrameKind.Collection:
                StartCollectionItem(parent, baseIri, language);
                break;
        }
        if (empty) OnEndElement();
    }

    private void OnEndElement()
    {
        var frame = Top;
        if (frame.Kind == FrameKind.Literal && frame.Literal!.Depth > 0)
        {
            frame.Literal.EndElement(_xml.Name);
            return;
        }
        _depth--;
        switch (frame.Kind)
        {
            case FrameKind.Property:
                EndPropertyElement(frame);
                break;
            case FrameKind.Collection:
                EndCollection(frame);
                break;
            case FrameKind.Literal:
                var value = Model.Literal.CreateUnchecked(frame.Literal!.ToString(), Vocab.Rdf.XmlLiteral, null);
                Emit(frame.Subject!, frame.Predicate!, value, frame.ReifyIri);
                break;
        }
    }

    private void OnText(string value)
    {
        var frame = Top;
        switch (frame.Kind)
        {
            case FrameKind.Literal:
                frame.Literal!.Text(value);
                CheckLiteralLength(frame.Literal.Length);
                return;
            case FrameKind.Property when !frame.HasNodeChild:
                frame.AppendText(value);
                CheckLiteralLength(frame.TextLength);
                return;
        }
        if (!IsWhitespace(value))
            Fail(frame.Kind switch
            {
                FrameKind.Property => "A property element holding a node element cannot also hold text.",
                FrameKind.Node or FrameKind.ResourceProperty => "Text is not allowed directly inside a node element; wrap it in a property element.",
                _ => "Text is not allowed here; expected a node element.",
            });
    }

    /// <summary>Reads the element's attributes into <see cref="_attributes"/>, taking xml:base and xml:lang aside
    /// and dropping namespace declarations and reserved xml names.</summary>
    private void ReadAttributes(RdfXmlFrame parent, out string? baseIri, out string? language)
    {
        _attributes.Clear();
        baseIri = parent.Base;
        language = parent.Language;
        if (!_xml.MoveToFirstAttribute()) return;
        do
        {
            string ns = _xml.NamespaceURI, local = _xml.LocalName, prefix = _xml.Prefix;
            if (ns == RdfXmlNames.XmlnsNs)
            {
                // The document element's namespace declarations are the document's prefixes, worth keeping for writers.
                if (parent.Kind == FrameKind.Root && _xml.Value.Length > 0)
                    _sink.OnPrefix(prefix.Length == 0 ? "" : local, _xml.Value);
                continue;
            }
            if (ns == RdfXmlNames.XmlNs)
            {
                if (local == "base")
                {
                    baseIri = ResolveBase(parent.Base, _xml.Value);
                    if (parent.Kind == FrameKind.Root) _sink.OnBase(baseIri);
                }
                else if (local == "lang") language = CheckLanguage(_xml.Value);
                continue;
            }
            if (RdfXmlNames.IsReservedXmlName(prefix, local)) continue;
            if (ns.Length == 0)
            {
                if (!RdfXmlNames.IsLegacyUnqualifiedAttribute(local))
                    Fail($"The attribute '{local}' has no namespace; RDF/XML attributes must be namespace-qualified.");
                ns = RdfXmlNames.RdfNs;
            }
            _attributes.Add(new Attribute(ns, local, _xml.Value, LineNow, ColumnNow));
        } while (_xml.MoveToNextAttribute());
        _xml.MoveToElement();
    }

    private string ResolveBase(string? current, string value)
    {
        var resolved = Resolve(current, value);
        int hash = resolved.IndexOf('#');
        return hash < 0 ? resolved : resolved[..hash];
    }

    private string? CheckLanguage(string value)
    {
        if (value.Length == 0) return null;
        if (LanguageTag.Problem(value) is { } problem) Fail(problem + ".");
        return value;
    }

    private void CheckRdfElementAttributes()
    {
        foreach (var a in _attributes)
            FailAt(a, $"The attribute '{a.Local}' is not allowed on rdf:RDF.");
    }

    private RdfXmlFrame Push(FrameKind kind, string? baseIri, string? language)
    {
        if (_depth == _frames.Count) _frames.Add(new RdfXmlFrame());
        var frame = _frames[_depth++];
        frame.Reset(kind, baseIri, language, LineNow, ColumnNow);
        return frame;
    }

    private void Emit(Term subject, NamedNode predicate, Term obj, string? reifyIri = null)
    {
        _sink.OnQuad(new Quad(subject, predicate, obj));
        if (reifyIri is null) return;
        var statement = NamedNode.CreateUnchecked(reifyIri);
        _sink.OnQuad(new Quad(statement, Vocab.Rdf.Type, Vocab.Rdf.Statement));
        _sink.OnQuad(new Quad(statement, Vocab.Rdf.Subject, subject));
        _sink.OnQuad(new Quad(statement, Vocab.Rdf.Predicate, predicate));
        _sink.OnQuad(new Quad(statement, Vocab.Rdf.Object, obj));
    }

    private bool IsRdf(string local) => _xml.NamespaceURI == RdfXmlNames.RdfNs && _xml.LocalName == local;

    private static bool IsWhitespace(string s)
    {
        foreach (char c in s)
            if (c is not (' ' or '\t' or '\n' or '\r')) return false;
        return true;
    }

    private void CheckDepth(int depth)
    {
        if (depth > _options.MaxNestingDepth)
            Fail($"Elements are nested more than {_options.MaxNestingDepth} deep.");
    }

    private void CheckLiteralLength(int length)
    {
        if (length > _options.MaxLiteralLength)
            Fail($"A literal is longer than {_options.MaxLiteralLength} characters (RdfReaderOptions.MaxLiteralLength).");
    }

    private int LineNow => _lineInfo?.LineNumber ?? 0;

    private int ColumnNow => _lineInfo?.LinePosition ?? 0;

    [DoesNotReturn]
    private void Fail(string message) => throw new RdfSyntaxException(message, LineNow, ColumnNow, _options.SourceName);

    [DoesNotReturn]
    private void FailAt(Attribute a, string message) => throw new RdfSyntaxException(message, a.Line, a.Column, _options.SourceName);
}
