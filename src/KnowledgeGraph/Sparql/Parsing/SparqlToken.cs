namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>The kinds of SPARQL terminals (SPARQL 1.1 §19.8).</summary>
internal enum TokenKind
{
    Eof,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Variable,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Nil,
    Anon,
    /// <summary>A bare word: a keyword, <c>a</c>, <c>true</c>/<c>false</c> or a built-in function name.</summary>
    Word,
    Punct,
}

/// <summary>
/// One token. <see cref="Text"/> is the decoded value: the IRI without angle brackets, the string's unescaped content,
/// the variable name without '?', the prefix name with <see cref="Local"/> for prefixed names.
/// </summary>
internal readonly record struct SparqlToken(TokenKind Kind, string Text, int Offset, int End, string? Local = null)
{
    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

    public bool IsWord(string keyword) => Kind == TokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "end of query",
        TokenKind.IriRef => "<" + Text + ">",
        TokenKind.PrefixedName => "'" + Text + ":" + Local + "'",
        TokenKind.Variable => "?" + Text,
        TokenKind.String => "a string",
        _ => "'" + Text + "'",
    };
}
