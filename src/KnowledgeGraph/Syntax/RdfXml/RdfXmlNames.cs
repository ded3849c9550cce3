using System.Xml;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// The RDF/XML syntax names (<see href="https://www.w3.org/TR/rdf-syntax-grammar/#section-grammar-summary">grammar
/// summary</see>) and which of them may name node elements, property elements and property attributes.
/// </summary>
internal static class RdfXmlNames
{
    public const string RdfNs = Vocab.Rdf.Namespace;
    public const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNs = "http://www.w3.org/2000/xmlns/";

    /// <summary>coreSyntaxTerms: RDF, ID, about, parseType, resource, nodeID, datatype.</summary>
    public static bool IsCoreSyntaxTerm(string rdfLocal) =>
        rdfLocal is "RDF" or "ID" or "about" or "parseType" or "resource" or "nodeID" or "datatype";

    /// <summary>oldTerms: names removed from the language, always errors.</summary>
    public static bool IsOldTerm(string rdfLocal) => rdfLocal is "aboutEach" or "aboutEachPrefix" or "bagID";

    /// <summary>Names a node element may not have (rdf:-local part given).</summary>
    public static bool IsForbiddenNodeElement(string rdfLocal) =>
        IsCoreSyntaxTerm(rdfLocal) || IsOldTerm(rdfLocal) || rdfLocal == "li";

    /// <summary>Names a property element may not have.</summary>
    public static bool IsForbiddenPropertyElement(string rdfLocal) =>
        IsCoreSyntaxTerm(rdfLocal) || IsOldTerm(rdfLocal) || rdfLocal == "Description";

    /// <summary>Names a property attribute may not have.</summary>
    public static bool IsForbiddenPropertyAttribute(string rdfLocal) =>
        IsCoreSyntaxTerm(rdfLocal) || IsOldTerm(rdfLocal) || rdfLocal is "Description" or "li";

    /// <summary>
    /// Unqualified attributes the grammar still maps into the rdf: namespace for compatibility with old documents
    /// (section 6.1.4 of the grammar).
    /// </summary>
    public static bool IsLegacyUnqualifiedAttribute(string local) =>
        local is "ID" or "about" or "resource" or "parseType" or "type";

    /// <summary>Names starting with "xml" (any case) are reserved by XML and ignored by RDF/XML.</summary>
    public static bool IsReservedXmlName(string prefix, string local) =>
        (prefix.Length > 0 ? prefix : local).StartsWith("xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>rdf:ID and rdf:nodeID values must be XML NCNames.</summary>
    public static bool IsNcName(string value)
    {
        if (value.Length == 0) return false;
        try
        {
            return XmlConvert.VerifyNCName(value) == value;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
