namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>The terminals of the Turtle family (Turtle, TriG, N-Triples, N-Quads).</summary>
internal enum TokenKind : byte
{
    Eof,
    IriRef,
    PNameNs,
    PNameLn,
    BlankNodeLabel,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Dot,
    Comma,
    Semicolon,
    LBracket,
    RBracket,
    LParen,
    RParen,
    LBrace,
    RBrace,
    DoubleCaret,
    /// <summary>A bare name: <c>a</c>, <c>true</c>, <c>false</c>, <c>PREFIX</c>, <c>BASE</c>, <c>GRAPH</c>.</summary>
    Word,
}

/// <summary>How a string token was quoted; N-Triples accepts only <see cref="Double"/>.</summary>
internal enum QuoteStyle : byte
{
    Double,
    Single,
    LongDouble,
    LongSingle,
}

/// <summary>
/// A hand-written lexer for the <see href="https://www.w3.org/TR/turtle/#sec-grammar-grammar">Turtle grammar's
/// terminals</see>. <see cref="Next"/> returns the kind of the next token; its unescaped text is in
/// <see cref="Text"/> (for prefixed names the prefix is the first <see cref="PrefixLength"/> characters).
/// </summary>
internal sealed partial class TurtleLexer
{
    /// <summary>1-based line where the current token starts.</summary>
    public int TokenLine { get; private set; }

    /// <summary>1-based column where the current token starts.</summary>
    public int TokenColumn { get; private set; }

    /// <summary>For <see cref="TokenKind.PNameLn"/>/<see cref="TokenKind.PNameNs"/>: the length of the prefix in <see cref="Text"/>.</summary>
    public int PrefixLength { get; private set; }

    /// <summary>For <see cref="TokenKind.String"/>: how it was quoted.</summary>
    public QuoteStyle Quote { get; private set; }

    /// <summary>
    /// The current token's unescaped text (IRI without angle brackets, string content, label, …). Valid until the
    /// next call to <see cref="Next"/>: a token without escapes that lies inside the read buffer is not copied.
    /// </summary>
    public ReadOnlySpan<char> Text => _textInBuffer ? new(_buf, _textStart, _textLength) : new(_scratch, 0, _slen);

    /// <summary>The current token's text as a new string.</summary>
    public string TextString() => _textInBuffer ? new(_buf, _textStart, _textLength) : new(_scratch, 0, _slen);

    /// <summary>The current token's text, reusing <paramref name="last"/> when it is the same (language tags repeat).</summary>
    public string TextStringReusing(ref string? last)
    {
        if (last is not null && Text.SequenceEqual(last)) return last;
        return last = TextString();
    }

    private bool _textInBuffer;
    private int _textStart;
    private int _textLength;

    /// <summary>Marks the current token's text as the buffer slice [start, start + length).</summary>
    private void TextInBuffer(int start, int length)
    {
        _textInBuffer = true;
        _textStart = start;
        _textLength = length;
    }

    /// <summary>True when the current token's text equals <paramref name="s"/> (ordinal).</summary>
    public bool TextIs(string s) => Text.SequenceEqual(s);

    /// <summary>True when the current token's text equals <paramref name="s"/> ignoring ASCII case.</summary>
    public bool TextIsIgnoreCase(string s) => Text.Equals(s, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the next token.</summary>
    public TokenKind Next()
    {
        SkipTrivia();
        TokenLine = _line;
        TokenColumn = Column;
        _slen = 0;
        _textInBuffer = false;
        int c = Peek();
        switch (c)
        {
            case -1: return TokenKind.Eof;
            case '<': return ReadIri();
            case '"':
            case '\'': return ReadString((char)c);
            case '.':
                if (IsDigit(PeekAt(1))) return ReadNumber();
                _pos++;
                return TokenKind.Dot;
            case ',': _pos++; return TokenKind.Comma;
            case ';': _pos++; return TokenKind.Semicolon;
            case '[': _pos++; return TokenKind.LBracket;
            case ']': _pos++; return TokenKind.RBracket;
            case '(': _pos++; return TokenKind.LParen;
            case ')': _pos++; return TokenKind.RParen;
            case '{': _pos++; return TokenKind.LBrace;
            case '}': _pos++; return TokenKind.RBrace;
            case '^':
                if (PeekAt(1) != '^') FailHere("expected '^^' before a datatype IRI");
                _pos += 2;
                return TokenKind.DoubleCaret;
            case '@': return ReadLangTag();
            case '_':
                if (PeekAt(1) != ':') FailHere("a name cannot start with '_' (blank node labels start with '_:')");
                return ReadBlankNodeLabel();
            case ':': return ReadPrefixedName();
            case '+':
            case '-':
                return ReadNumber();
            default:
                if (IsDigit(c)) return ReadNumber();
                if (IsPnCharsBase((char)c) || char.IsHighSurrogate((char)c)) return ReadPrefixedName();
                FailHere(c < 0x20 || c == 0x7F
                    ? $"unexpected control character U+{c:X4}"
                    : $"unexpected character '{(char)c}'");
                return TokenKind.Eof;
        }
    }

    /// <summary>Skips white space and comments, counting lines.</summary>
    private void SkipTrivia()
    {
        while (true)
        {
            if (_pos == _end && !Ensure(1)) return;
            char c = _buf[_pos];
            if (c == ' ' || c == '\t' || c == '\r') _pos++;
            else if (c == '\n')
            {
                NewLineAt(_pos);
                _pos++;
            }
            else if (c == '#') SkipComment();
            else return;
        }
    }

    private void SkipComment()
    {
        while (true)
        {
            int i = _buf.AsSpan(_pos, _end - _pos).IndexOfAny('\n', '\r');
            if (i >= 0)
            {
                _pos += i;
                return;
            }
            _pos = _end;
            if (!Ensure(1)) return;
        }
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsHex(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    private static int HexValue(int c) => IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}
