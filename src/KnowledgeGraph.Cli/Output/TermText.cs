using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Short, readable text for terms in tables and statistics: prefixed names where the prefix map allows,
/// bare numbers and booleans, quoted strings.</summary>
internal sealed class TermText
{
    private static readonly (string Prefix, string Namespace)[] s_wellKnown =
    [
        ("rdf", Vocab.Rdf.Namespace),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", Vocab.Xsd.Namespace),
        ("owl", "http://www.w3.org/2002/07/owl#"),
    ];

    private readonly PrefixMap _prefixes = new();

    public TermText(IEnumerable<KeyValuePair<string, string>>? prefixes)
    {
        foreach (var (p, ns) in s_wellKnown) _prefixes.Add(p, ns);
        if (prefixes is not null)
            foreach (var (p, ns) in prefixes) _prefixes.Add(p, ns);
    }

    public string Format(Term? term) => term switch
    {
        null => "",
        NamedNode n => Iri(n.Value),
        Literal l => Literal(l),
        _ => term.ToString(),
    };

    public string Iri(string iri)
    {
        if (_prefixes.TryCompact(iri, out var prefix, out var local) && IsSimpleLocalName(local)) return prefix + ":" + local;
        return "<" + iri + ">";
    }

    private string Literal(Literal literal)
    {
        if (literal.Language is not null) return Quote(literal.LexicalForm) + "@" + literal.Language;
        if (literal.IsSimple) return Quote(literal.LexicalForm);
        var dt = literal.Datatype.Value;
        if (dt is Vocab.Xsd.Namespace + "integer" or Vocab.Xsd.Namespace + "decimal" or Vocab.Xsd.Namespace + "double"
            or Vocab.Xsd.Namespace + "boolean") return literal.LexicalForm;
        return Quote(literal.LexicalForm) + "^^" + Iri(dt);
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    private static bool IsSimpleLocalName(string local) =>
        local.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') && (local.Length == 0 || local[^1] != '-');
}
