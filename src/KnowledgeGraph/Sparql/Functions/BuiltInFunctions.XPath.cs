namespace KnowledgeGraph.Sparql.Functions;

internal static partial class BuiltInFunctions
{
    /// <summary>The XPath and XQuery Functions namespace.</summary>
    public const string XPathFunctions = "http://www.w3.org/2005/xpath-functions#";

    /// <summary>XPath functions reachable by IRI, mapped to the SPARQL built-in with the same semantics.</summary>
    private static readonly Dictionary<string, string> s_xpath = new(StringComparer.Ordinal)
    {
        ["string-length"] = "STRLEN",
        ["substring"] = "SUBSTR",
        ["upper-case"] = "UCASE",
        ["lower-case"] = "LCASE",
        ["starts-with"] = "STRSTARTS",
        ["ends-with"] = "STRENDS",
        ["contains"] = "CONTAINS",
        ["substring-before"] = "STRBEFORE",
        ["substring-after"] = "STRAFTER",
        ["encode-for-uri"] = "ENCODE_FOR_URI",
        ["concat"] = "CONCAT",
        ["matches"] = "REGEX",
        ["replace"] = "REPLACE",
        ["abs"] = "ABS",
        ["round"] = "ROUND",
        ["ceiling"] = "CEIL",
        ["floor"] = "FLOOR",
        ["year-from-dateTime"] = "YEAR",
        ["month-from-dateTime"] = "MONTH",
        ["day-from-dateTime"] = "DAY",
        ["hours-from-dateTime"] = "HOURS",
        ["minutes-from-dateTime"] = "MINUTES",
        ["seconds-from-dateTime"] = "SECONDS",
        ["timezone-from-dateTime"] = "TIMEZONE",
    };

    private static bool TryGetXPathKeyword(string iri, out string keyword)
    {
        keyword = "";
        if (!iri.StartsWith(XPathFunctions, StringComparison.Ordinal)) return false;
        if (!s_xpath.TryGetValue(iri[XPathFunctions.Length..], out var k)) return false;
        keyword = k;
        return true;
    }
}
