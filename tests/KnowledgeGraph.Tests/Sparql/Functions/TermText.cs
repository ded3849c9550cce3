using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Sparql.Functions;

/// <summary>Reads terms written compactly in tests: <c>&lt;http://x&gt;</c>, <c>_:b</c>, <c>"a"</c>, <c>"a"@en</c>, <c>"1"^^xsd:integer</c>, <c>UNDEF</c>.</summary>
internal static class TermText
{
    public static Term? Parse(string text)
    {
        if (text == "UNDEF") return null;
        if (text.StartsWith('<')) return NamedNode.Create(text[1..^1]);
        if (text.StartsWith("_:", StringComparison.Ordinal)) return BlankNode.Create(text[2..]);
        int close = text.LastIndexOf('"');
        var lexical = Unescape(text[1..close]);
        var rest = text[(close + 1)..];
        if (rest.StartsWith('@')) return Literal.CreateLanguageTagged(lexical, rest[1..]);
        if (rest.StartsWith("^^xsd:", StringComparison.Ordinal)) return Literal.Create(lexical, NamedNode.Create(Vocab.Xsd.Namespace + rest[6..]));
        if (rest.StartsWith("^^<", StringComparison.Ordinal)) return Literal.Create(lexical, NamedNode.Create(rest[3..^1]));
        return Literal.Create(lexical);
    }

    private static string Unescape(string s) =>
        s.Replace("\\\\", "\u0001", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal)
         .Replace("\\r", "\r", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal)
         .Replace("\u0001", "\\", StringComparison.Ordinal);

    public static string Show(Term? t) => t is null ? "ERROR" : t switch
    {
        Literal l when l.Datatype.Value.StartsWith(Vocab.Xsd.Namespace, StringComparison.Ordinal) && l.Language is null && !l.IsSimple =>
            $"\"{l.LexicalForm}\"^^xsd:{l.Datatype.Value[Vocab.Xsd.Namespace.Length..]}",
        _ => t.ToString(),
    };
}
