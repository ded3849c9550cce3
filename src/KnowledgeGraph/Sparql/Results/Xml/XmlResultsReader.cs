using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Sparql.Results.Xml;

/// <summary>Reads SPARQL Query Results XML, with DTDs refused and positions kept for error messages.</summary>
internal static class XmlResultsReader
{
    private static readonly XNamespace Ns = XmlResultsWriter.Namespace;

    public static SparqlResult Read(TextReader input, string sourceName)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
            using var reader = XmlReader.Create(input, settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(e.Message, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), sourceName, e);
        }
        var root = doc.Root!;
        if (root.Name != Ns + "sparql") throw Error(root, $"The root element must be <sparql> in {Ns.NamespaceName}, not <{root.Name.LocalName}>.", sourceName);
        var head = root.Element(Ns + "head") ?? throw Error(root, "<sparql> has no <head>.", sourceName);
        var variables = new List<string>();
        foreach (var v in head.Elements(Ns + "variable"))
        {
            var name = v.Attribute("name")?.Value ?? throw Error(v, "<variable> has no name.", sourceName);
            if (variables.Contains(name)) throw Error(v, $"Variable '{name}' is listed twice.", sourceName);
            variables.Add(name);
        }
        if (root.Element(Ns + "boolean") is { } boolean)
        {
            return boolean.Value.Trim() switch
            {
                "true" => SparqlResult.FromBoolean(true),
                "false" => SparqlResult.FromBoolean(false),
                _ => throw Error(boolean, "<boolean> must contain true or false.", sourceName),
            };
        }
        var results = root.Element(Ns + "results") ?? throw Error(root, "<sparql> has neither <results> nor <boolean>.", sourceName);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < variables.Count; i++) index[variables[i]] = i;
        var rows = new List<SparqlRow>();
        foreach (var result in results.Elements())
        {
            if (result.Name != Ns + "result") throw Error(result, $"Unexpected <{result.Name.LocalName}> in <results>.", sourceName);
            var values = new Term?[variables.Count];
            foreach (var binding in result.Elements())
            {
                if (binding.Name != Ns + "binding") throw Error(binding, $"Unexpected <{binding.Name.LocalName}> in <result>.", sourceName);
                var name = binding.Attribute("name")?.Value ?? throw Error(binding, "<binding> has no name.", sourceName);
                if (!index.TryGetValue(name, out int i)) throw Error(binding, $"Variable '{name}' is bound but not declared in <head>.", sourceName);
                if (values[i] is not null) throw Error(binding, $"Variable '{name}' is bound twice in one result.", sourceName);
                values[i] = ReadTerm(binding, sourceName);
            }
            rows.Add(new SparqlRow(variables, values));
        }
        return SparqlResult.FromResultSet(new SparqlResultSet(variables, rows));
    }

    private static Term ReadTerm(XElement binding, string sourceName)
    {
        var value = binding.Elements().SingleOrDefault() ?? throw Error(binding, "<binding> must hold exactly one of <uri>, <literal>, <bnode>.", sourceName);
        if (value.Name == Ns + "uri") return NamedNode.CreateUnchecked(value.Value.Trim());
        if (value.Name == Ns + "bnode")
        {
            var label = value.Value.Trim();
            return label.Length > 0 ? BlankNode.Create(label) : throw Error(value, "A blank node needs a non-empty label.", sourceName);
        }
        if (value.Name != Ns + "literal") throw Error(value, $"Unexpected <{value.Name.LocalName}> in <binding>.", sourceName);
        var lang = value.Attribute(XNamespace.Xml + "lang")?.Value;
        var datatype = value.Attribute("datatype")?.Value;
        if (lang is not null)
        {
            if (LanguageTag.Problem(lang) is { } problem) throw Error(value, problem + ".", sourceName);
            return Literal.CreateUnchecked(value.Value, Vocab.Rdf.LangString, lang);
        }
        return datatype is not null ? Literal.Create(value.Value, NamedNode.CreateUnchecked(datatype)) : Literal.Create(value.Value);
    }

    private static RdfSyntaxException Error(XElement element, string message, string sourceName)
    {
        var info = (IXmlLineInfo)element;
        return new RdfSyntaxException(message, Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition), sourceName);
    }
}
