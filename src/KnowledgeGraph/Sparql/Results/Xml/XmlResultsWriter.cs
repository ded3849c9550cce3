using System.Xml;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.RdfXml;

namespace KnowledgeGraph.Sparql.Results.Xml;

/// <summary>Writes SPARQL Query Results XML.</summary>
internal static class XmlResultsWriter
{
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string Syntax = "SPARQL Results XML";

    public static void Write(TextWriter output, SparqlResult result)
    {
        if (result.Kind == SparqlResultKind.Bindings) EnsureRepresentable(result.ResultSet);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", CloseOutput = false, OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sparql", Namespace);
            xml.WriteStartElement("head", Namespace);
            if (result.Kind == SparqlResultKind.Bindings)
            {
                foreach (var v in result.ResultSet.Variables)
                {
                    xml.WriteStartElement("variable", Namespace);
                    xml.WriteAttributeString("name", v);
                    xml.WriteEndElement();
                }
            }
            xml.WriteEndElement();
            if (result.Kind == SparqlResultKind.Boolean)
                xml.WriteElementString("boolean", Namespace, result.Boolean ? "true" : "false");
            else
                WriteResults(xml, result.ResultSet);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        output.WriteLine();
    }

    /// <summary>XML 1.0 cannot carry U+0000 and a few other characters even as references: refuse before writing a byte,
    /// so the output is never a truncated document.</summary>
    private static void EnsureRepresentable(SparqlResultSet set)
    {
        foreach (var row in set)
            for (int i = 0; i < set.Variables.Count; i++)
                switch (row[i])
                {
                    case NamedNode n: XmlEscaping.EnsureRepresentable(n.Value, "the IRI", n, Syntax); break;
                    case BlankNode b: XmlEscaping.EnsureRepresentable(b.Label, "the blank node", b, Syntax); break;
                    case Literal l: XmlEscaping.EnsureRepresentable(l.LexicalForm, "the literal", l, Syntax); break;
                }
    }

    private static void WriteResults(XmlWriter xml, SparqlResultSet set)
    {
        xml.WriteStartElement("results", Namespace);
        foreach (var row in set)
        {
            xml.WriteStartElement("result", Namespace);
            for (int i = 0; i < set.Variables.Count; i++)
            {
                if (row[i] is not { } term) continue;
                xml.WriteStartElement("binding", Namespace);
                xml.WriteAttributeString("name", set.Variables[i]);
                WriteTerm(xml, term);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteTerm(XmlWriter xml, Term term)
    {
        switch (term)
        {
            case NamedNode n:
                xml.WriteElementString("uri", Namespace, n.Value);
                break;
            case BlankNode b:
                xml.WriteElementString("bnode", Namespace, b.Label);
                break;
            case Literal l:
                xml.WriteStartElement("literal", Namespace);
                if (l.Language is not null) xml.WriteAttributeString("xml", "lang", XmlNamespace, l.Language);
                else if (!l.IsSimple) xml.WriteAttributeString("datatype", l.Datatype.Value);
                WriteText(xml, l.LexicalForm);
                xml.WriteEndElement();
                break;
        }
    }

    /// <summary>Carriage returns would be normalised away by a reader, so they are written as character references.</summary>
    private static void WriteText(XmlWriter xml, string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\r') continue;
            xml.WriteString(text[start..i]);
            xml.WriteCharEntity('\r');
            start = i + 1;
        }
        xml.WriteString(text[start..]);
    }
}
