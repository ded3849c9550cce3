using System.Xml;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Splits IRIs into XML qualified names for the writer and hands out namespace prefixes: the prefix map's where it
/// has a usable one, <c>rdf</c> for the RDF namespace, otherwise generated <c>ns1</c>, <c>ns2</c>, … in the order the
/// namespaces are first needed (so output is deterministic).
/// </summary>
internal sealed class XmlQNames
{
    private readonly Dictionary<string, string> _prefixByNamespace = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenPrefixes = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> _declarations = new();
    private readonly List<KeyValuePair<string, string>> _mapEntries;
    private int _generated;

    public XmlQNames(PrefixMap? prefixes)
    {
        _mapEntries = prefixes?.ToList() ?? new List<KeyValuePair<string, string>>();
        Declare("rdf", RdfXmlNames.RdfNs);
    }

    /// <summary>The declarations made so far, as (prefix, namespace) in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Declarations => _declarations;

    /// <summary>
    /// Splits <paramref name="iri"/> into a namespace and the longest local part that is an XML NCName. False when
    /// the IRI does not end in a name character (e.g. it ends with '/' or '#').
    /// </summary>
    public static bool TrySplit(string iri, out string ns, out string local)
    {
        int i = iri.Length;
        while (i > 0 && XmlConvert.IsNCNameChar(iri[i - 1])) i--;
        while (i < iri.Length && !XmlConvert.IsStartNCNameChar(iri[i])) i++;
        ns = iri[..i];
        local = iri[i..];
        return local.Length > 0 && ns.Length > 0;
    }

    /// <summary>The qualified name of <paramref name="iri"/>, declaring its namespace when new; null when the IRI
    /// cannot be split.</summary>
    public string? QName(string iri)
    {
        if (!TrySplit(iri, out var ns, out var local)) return null;
        return PrefixOf(ns) + ":" + local;
    }

    private string PrefixOf(string ns)
    {
        if (_prefixByNamespace.TryGetValue(ns, out var prefix)) return prefix;
        foreach (var (p, n) in _mapEntries)
            if (n == ns && IsUsablePrefix(p) && !_takenPrefixes.Contains(p))
            {
                Declare(p, ns);
                return p;
            }
        do prefix = "ns" + ++_generated;
        while (_takenPrefixes.Contains(prefix) || _mapEntries.Any(e => e.Key == prefix));
        Declare(prefix, ns);
        return prefix;
    }

    private void Declare(string prefix, string ns)
    {
        _prefixByNamespace.Add(ns, prefix);
        _takenPrefixes.Add(prefix);
        _declarations.Add(new(prefix, ns));
    }

    private static bool IsUsablePrefix(string prefix) =>
        RdfXmlNames.IsNcName(prefix) && !prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase);
}
