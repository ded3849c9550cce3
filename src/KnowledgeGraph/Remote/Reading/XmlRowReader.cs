using System.Xml;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote.Reading;

/// <summary>SPARQL Query Results XML read node by node with an asynchronous <see cref="XmlReader"/> (DTDs refused).</summary>
internal sealed class XmlRowReader : ResultsRowReader
{
    private const string Ns = "http://www.w3.org/2005/sparql-results#";
    private readonly XmlReader _xml;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private bool _inResults;

    public XmlRowReader(TextReader input, string sourceName) : base(sourceName) =>
        _xml = XmlReader.Create(input, new XmlReaderSettings
        {
            Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false,
            IgnoreWhitespace = true, IgnoreComments = true, IgnoreProcessingInstructions = true,
        });

    public override async Task ReadHeadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _xml.MoveToContentAsync();
            if (_xml.NodeType != XmlNodeType.Element || _xml.LocalName != "sparql" || _xml.NamespaceURI != Ns)
                throw Error($"The root element must be <sparql> in {Ns}.");
            var variables = new List<string>();
            while (await NextElementAsync(cancellationToken))
            {
                if (_xml.LocalName == "head" && !_xml.IsEmptyElement)
                {
                    while (await NextElementAsync(cancellationToken))
                    {
                        if (_xml.LocalName != "variable") { await SkipToEndAsync(); continue; }
                        var name = _xml.GetAttribute("name") ?? throw Error("<variable> has no name.");
                        if (_index.ContainsKey(name)) throw Error($"Variable '{name}' is listed twice.");
                        _index[name] = variables.Count;
                        variables.Add(name);
                    }
                }
                else if (_xml.LocalName == "boolean")
                {
                    var text = (await _xml.ReadElementContentAsStringAsync()).Trim();
                    Boolean = text switch { "true" => true, "false" => false, _ => throw Error("<boolean> must contain true or false.") };
                    break;
                }
                else if (_xml.LocalName == "results")
                {
                    _inResults = !_xml.IsEmptyElement;
                    break;
                }
                else await SkipToEndAsync();
            }
            Variables = variables;
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(e.Message, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), SourceName, e);
        }
    }

    public override async ValueTask<Term?[]?> ReadRowAsync(CancellationToken cancellationToken)
    {
        if (!_inResults) return null;
        try
        {
            if (!await NextElementAsync(cancellationToken)) { _inResults = false; return null; }
            if (_xml.LocalName != "result") throw Error($"Unexpected <{_xml.LocalName}> in <results>.");
            var row = new Term?[Variables.Count];
            if (_xml.IsEmptyElement) return row;
            while (await NextElementAsync(cancellationToken))
            {
                if (_xml.LocalName != "binding") throw Error($"Unexpected <{_xml.LocalName}> in <result>.");
                var name = _xml.GetAttribute("name") ?? throw Error("<binding> has no name.");
                if (!_index.TryGetValue(name, out int i)) throw Error($"Variable '{name}' is bound but not declared in <head>.");
                if (row[i] is not null) throw Error($"Variable '{name}' is bound twice in one result.");
                if (_xml.IsEmptyElement || !await NextElementAsync(cancellationToken)) throw Error("<binding> must hold one of <uri>, <literal>, <bnode>.");
                var type = _xml.LocalName;
                var language = _xml.GetAttribute("xml:lang");
                var datatype = _xml.GetAttribute("datatype");
                var value = await _xml.ReadElementContentAsStringAsync();
                row[i] = MakeTerm(type, type == "uri" ? value.Trim() : value, language, datatype, Error);
                await CloseAsync(cancellationToken); // </binding>
            }
            return row;
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(e.Message, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), SourceName, e);
        }
    }

    /// <summary>Moves to the next child element of the current element; false (positioned on the end tag) when there is none.</summary>
    private async Task<bool> NextElementAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (await _xml.ReadAsync())
        {
            if (_xml.NodeType == XmlNodeType.Element) return true;
            if (_xml.NodeType == XmlNodeType.EndElement) return false;
        }
        throw Error("The results document ends too early.");
    }

    /// <summary>Moves to the end tag of the current element (an empty element is its own end), so the next read goes past it.</summary>
    private async Task SkipToEndAsync()
    {
        if (_xml.IsEmptyElement) return;
        int depth = _xml.Depth;
        while (await _xml.ReadAsync())
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) return;
        throw Error("The results document ends too early.");
    }

    /// <summary>Reads up to the end tag of the element whose content was just read.</summary>
    private async Task CloseAsync(CancellationToken cancellationToken)
    {
        while (_xml.NodeType != XmlNodeType.EndElement)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_xml.NodeType == XmlNodeType.Element) throw Error($"Unexpected <{_xml.LocalName}> in <binding>.");
            if (!await _xml.ReadAsync()) throw Error("The results document ends too early.");
        }
    }

    private RdfSyntaxException Error(string message)
    {
        var info = (IXmlLineInfo)_xml;
        return new RdfSyntaxException(message, Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition), SourceName);
    }

    public override void Dispose() => _xml.Dispose();
}
