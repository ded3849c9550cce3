using System.Runtime.CompilerServices;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// The IRIs of element and attribute names (namespace + local name), cached by the identity of the strings the
/// <see cref="System.Xml.XmlReader"/> hands out: its name table atomizes names, so a repeated name is the same
/// string object and costs a reference lookup instead of a concatenation and validation.
/// </summary>
internal sealed class XmlNameIris
{
    private const int MaxEntries = 4096;
    private readonly Dictionary<(string Ns, string Local), NamedNode> _cache = new(ReferencePairComparer.Instance);

    /// <summary>The IRI, or null (with <paramref name="error"/>) when namespace + local name is not an absolute IRI.</summary>
    public NamedNode? Get(string ns, string local, out string? error)
    {
        error = null;
        if (_cache.TryGetValue((ns, local), out var iri)) return iri;
        var text = ns + local;
        if (!IriSyntax.IsAbsoluteIri(text, out error)) return null;
        iri = NamedNode.CreateUnchecked(text);
        if (_cache.Count < MaxEntries) _cache[(ns, local)] = iri;
        return iri;
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(string Ns, string Local)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((string Ns, string Local) x, (string Ns, string Local) y) =>
            ReferenceEquals(x.Ns, y.Ns) && ReferenceEquals(x.Local, y.Local);

        public int GetHashCode((string Ns, string Local) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Ns), RuntimeHelpers.GetHashCode(obj.Local));
    }
}
