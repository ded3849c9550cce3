using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>Short display names for terms (prefixed names from the graph's prefix map) and XML-safe attribute keys.</summary>
internal sealed class TermNames
{
    private readonly PrefixMap _prefixes;

    public TermNames(PrefixMap prefixes) => _prefixes = prefixes;

    /// <summary><c>prefix:local</c> when a prefix covers the IRI and leaves a non-empty local name, else the IRI;
    /// <c>_:label</c> for a blank node; the lexical form for a literal.</summary>
    public string Display(Term term) => term switch
    {
        NamedNode n => Prefixed(n.Value),
        BlankNode b => "_:" + b.Label,
        Literal l => l.LexicalForm,
        _ => term.ToString(),
    };

    public string Prefixed(string iri) =>
        _prefixes.TryCompact(iri, out var prefix, out var local) && local.Length > 0 && !local.Contains('/')
            ? prefix + ":" + local
            : iri;

    /// <summary>
    /// An attribute key for a predicate: its prefixed name with <c>:</c> as <c>_</c> (or the IRI's last segment),
    /// reduced to letters, digits, <c>_</c>, <c>-</c> and <c>.</c> and starting with a letter or <c>_</c>, so it is an
    /// XML NMTOKEN and a column name every reader accepts.
    /// </summary>
    public string KeyFor(string iri)
    {
        var name = Prefixed(iri);
        if (ReferenceEquals(name, iri) || name == iri)
        {
            int cut = Math.Max(iri.LastIndexOf('#'), Math.Max(iri.LastIndexOf('/'), iri.LastIndexOf(':')));
            name = cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..] : iri;
        }
        var sb = new StringBuilder(name.Length + 2);
        foreach (char c in name)
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        if (sb.Length == 0 || !(char.IsAsciiLetter(sb[0]) || sb[0] == '_')) sb.Insert(0, "p_");
        return sb.ToString();
    }
}
