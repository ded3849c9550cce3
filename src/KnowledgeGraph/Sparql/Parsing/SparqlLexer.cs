using System.Text;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>
/// Splits (already code-point-unescaped) query text into tokens on demand, with one token of look-ahead kept by
/// the parser. Positions are offsets into the unescaped text; <see cref="Error"/> maps them back.
/// </summary>
internal sealed class SparqlLexer
{
    private readonly string _text;
    private readonly string _original;
    private readonly int[]? _originalOffsets;
    private int _pos;

    private readonly string _sourceName;

    public SparqlLexer(string original, string sourceName = "query")
    {
        _sourceName = sourceName;
        _original = original;
        _text = CodepointUnescaper.Unescape(original, out _originalOffsets);
    }

    public string Text => _text;

    /// <summary>Continues lexing at <paramref name="offset"/> of <see cref="Text"/> (after a block read another way).</summary>
    public void Seek(int offset) => _pos = offset;

    public SparqlSyntaxException Error(int offset, string message)
    {
        int o = _originalOffsets is null ? offset : _originalOffsets[Math.Min(offset, _originalOffsets.Length - 1)];
        var (line, col) = TextPositions.LineColumn(_original, o);
        return new SparqlSyntaxException(message, line, col, _sourceName);
    }

    public SparqlToken Next()
    {
        SkipWhitespaceAndComments();
        int start = _pos;
        if (_pos >= _text.Length) return new SparqlToken(TokenKind.Eof, "", start, start);
        char c = _text[_pos];
        switch (c)
        {
            case '<':
                if (TryIriRef(out var iri)) return iri;
                if (Peek(1) == '=') return Punct("<=", 2);
                return Punct("<", 1);
            case '>': return Peek(1) == '=' ? Punct(">=", 2) : Punct(">", 1);
            case '?':
            case '$':
                if (_pos + 1 < _text.Length && CharClasses.IsVarNameStart(_text[_pos + 1])) return Variable();
                if (c == '$') throw Error(_pos, "'$' must start a variable name");
                return Punct("?", 1);
            case '"':
            case '\'':
                return StringLiteral(c);
            case '@': return LangTag();
            case '(':
                {
                    int p = SkipWs(_pos + 1);
                    if (p < _text.Length && _text[p] == ')') { _pos = p + 1; return new SparqlToken(TokenKind.Nil, "()", start, _pos); }
                    return Punct("(", 1);
                }
            case '[':
                {
                    int p = SkipWs(_pos + 1);
                    if (p < _text.Length && _text[p] == ']') { _pos = p + 1; return new SparqlToken(TokenKind.Anon, "[]", start, _pos); }
                    return Punct("[", 1);
                }
            case '^': return Peek(1) == '^' ? Punct("^^", 2) : Punct("^", 1);
            case '!': return Peek(1) == '=' ? Punct("!=", 2) : Punct("!", 1);
            case '&':
                if (Peek(1) == '&') return Punct("&&", 2);
                throw Error(_pos, "unexpected '&'");
            case '|': return Peek(1) == '|' ? Punct("||", 2) : Punct("|", 1);
            case '.':
                if (Peek(1) is >= '0' and <= '9') return Number();
                return Punct(".", 1);
            case '{': case '}': case ')': case ']': case ',': case ';': case '/': case '*': case '+': case '-': case '=':
                return Punct(c.ToString(), 1);
            case '_':
                if (Peek(1) == ':') return BlankNodeLabel();
                break;
        }
        if (c is >= '0' and <= '9') return Number();
        if (c == ':' || CharClasses.IsPnCharsBase(c)) return NameOrPrefixedName();
        throw Error(_pos, $"unexpected character '{c}'");
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private SparqlToken Punct(string p, int length)
    {
        int start = _pos;
        _pos += length;
        return new SparqlToken(TokenKind.Punct, p, start, _pos);
    }

    private int SkipWs(int p)
    {
        while (p < _text.Length)
        {
            if (CharClasses.IsWhitespace(_text[p])) p++;
            else if (_text[p] == '#') { while (p < _text.Length && _text[p] != '\n' && _text[p] != '\r') p++; }
            else break;
        }
        return p;
    }

    private void SkipWhitespaceAndComments() => _pos = SkipWs(_pos);

    private bool TryIriRef(out SparqlToken token)
    {
        int p = _pos + 1;
        while (p < _text.Length)
        {
            char c = _text[p];
            if (c == '>')
            {
                token = new SparqlToken(TokenKind.IriRef, _text.Substring(_pos + 1, p - _pos - 1), _pos, p + 1);
                _pos = p + 1;
                return true;
            }
            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') break;
            p++;
        }
        token = default;
        return false;
    }

    private SparqlToken Variable()
    {
        int start = _pos;
        int p = _pos + 1;
        while (p < _text.Length && CharClasses.IsVarNameChar(_text[p])) p++;
        _pos = p;
        return new SparqlToken(TokenKind.Variable, _text.Substring(start + 1, p - start - 1), start, p);
    }

    private SparqlToken LangTag()
    {
        int start = _pos;
        int p = _pos + 1;
        int s = p;
        while (p < _text.Length && char.IsAsciiLetter(_text[p])) p++;
        if (p == s) throw Error(start, "a language tag needs letters after '@'");
        while (p < _text.Length && _text[p] == '-' && p + 1 < _text.Length && char.IsAsciiLetterOrDigit(_text[p + 1]))
        {
            p++;
            while (p < _text.Length && char.IsAsciiLetterOrDigit(_text[p])) p++;
        }
        _pos = p;
        return new SparqlToken(TokenKind.LangTag, _text.Substring(s, p - s), start, p);
    }

    private SparqlToken Number()
    {
        int start = _pos;
        int p = _pos;
        while (p < _text.Length && char.IsAsciiDigit(_text[p])) p++;
        var kind = TokenKind.Integer;
        if (p < _text.Length && _text[p] == '.')
        {
            int q = p + 1;
            while (q < _text.Length && char.IsAsciiDigit(_text[q])) q++;
            bool fraction = q > p + 1;
            bool exponent = q < _text.Length && (_text[q] == 'e' || _text[q] == 'E') && HasExponent(q);
            if (fraction || exponent) { p = q; kind = TokenKind.Decimal; }
        }
        if (p < _text.Length && (_text[p] == 'e' || _text[p] == 'E') && HasExponent(p))
        {
            p++;
            if (_text[p] is '+' or '-') p++;
            while (p < _text.Length && char.IsAsciiDigit(_text[p])) p++;
            kind = TokenKind.Double;
        }
        _pos = p;
        return new SparqlToken(kind, _text.Substring(start, p - start), start, p);
    }

    private bool HasExponent(int e)
    {
        int p = e + 1;
        if (p < _text.Length && _text[p] is '+' or '-') p++;
        return p < _text.Length && char.IsAsciiDigit(_text[p]);
    }

    private SparqlToken StringLiteral(char quote)
    {
        int start = _pos;
        bool isLong = Peek(1) == quote && Peek(2) == quote;
        int p = _pos + (isLong ? 3 : 1);
        if (!isLong)
        {
            // Most short strings hold no escape: their content is one slice of the text (large DATA blocks are mostly these).
            int close = _text.AsSpan(p).IndexOfAny(quote, '\\', '\n');
            if (close >= 0 && _text[p + close] == quote)
            {
                int endQuote = p + close;
                if (_text.AsSpan(p, close).IndexOf('\r') < 0)
                {
                    _pos = endQuote + 1;
                    return new SparqlToken(TokenKind.String, _text.Substring(p, close), start, _pos);
                }
            }
        }
        var sb = new StringBuilder();
        while (true)
        {
            if (p >= _text.Length) throw Error(start, "unterminated string");
            char c = _text[p];
            if (isLong)
            {
                if (c == quote && p + 2 < _text.Length + 0 && _text[p + 1] == quote && p + 2 < _text.Length && _text[p + 2] == quote)
                {
                    // A run of more than three quotes ends with the last three.
                    while (p + 3 < _text.Length && _text[p + 3] == quote) { sb.Append(quote); p++; }
                    p += 3;
                    break;
                }
            }
            else
            {
                if (c == quote) { p++; break; }
                if (c is '\n' or '\r') throw Error(p, "a line break in a short string");
            }
            if (c == '\\')
            {
                if (p + 1 >= _text.Length) throw Error(p, "unterminated escape");
                char e = _text[p + 1];
                sb.Append(e switch
                {
                    't' => '\t', 'b' => '\b', 'n' => '\n', 'r' => '\r', 'f' => '\f',
                    '"' => '"', '\'' => '\'', '\\' => '\\',
                    _ => throw Error(p, $"'\\{e}' is not a valid escape"),
                });
                p += 2;
                continue;
            }
            sb.Append(c);
            p++;
        }
        _pos = p;
        return new SparqlToken(TokenKind.String, sb.ToString(), start, p);
    }

    private SparqlToken BlankNodeLabel()
    {
        int start = _pos;
        int p = _pos + 2;
        if (p >= _text.Length || !CharClasses.IsVarNameStart(_text[p])) throw Error(start, "a blank node label needs a name after '_:'");
        p++;
        while (p < _text.Length && (CharClasses.IsPnChars(_text[p]) || _text[p] == '.')) p++;
        while (_text[p - 1] == '.') p--;
        _pos = p;
        return new SparqlToken(TokenKind.BlankNodeLabel, _text.Substring(start + 2, p - start - 2), start, p);
    }

    private SparqlToken NameOrPrefixedName()
    {
        int start = _pos;
        int p = _pos;
        if (_text[p] != ':')
        {
            p++;
            while (p < _text.Length && (CharClasses.IsPnChars(_text[p]) || _text[p] == '.')) p++;
            while (_text[p - 1] == '.') p--;
        }
        if (p < _text.Length && _text[p] == ':')
        {
            string prefix = _text.Substring(start, p - start);
            p++;
            string local = LocalName(ref p);
            _pos = p;
            return new SparqlToken(TokenKind.PrefixedName, prefix, start, p, local);
        }
        string word = _text.Substring(start, p - start);
        foreach (var ch in word)
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '_') throw Error(start, $"'{word}' is neither a keyword nor a prefixed name");
        _pos = p;
        return new SparqlToken(TokenKind.Word, word, start, p);
    }

    private string LocalName(ref int p)
    {
        // The common local name (letters, digits, '_', '-', no '%', '\\', ':' or '.') is one slice of the text.
        int q = p;
        while (q < _text.Length && (char.IsAsciiLetterOrDigit(_text[q]) || _text[q] == '_' || (_text[q] == '-' && q > p))) q++;
        if (q == _text.Length || !(CharClasses.IsPnChars(_text[q]) || _text[q] is ':' or '.' or '%' or '\\'))
        {
            var simple = _text.Substring(p, q - p);
            p = q;
            return simple;
        }
        var sb = new StringBuilder();
        int lastGood = p;
        int lastGoodLength = 0;
        bool first = true;
        while (p < _text.Length)
        {
            char c = _text[p];
            if (c == '%')
            {
                if (p + 2 >= _text.Length || !char.IsAsciiHexDigit(_text[p + 1]) || !char.IsAsciiHexDigit(_text[p + 2]))
                    throw Error(p, "'%' in a local name must be followed by two hex digits");
                sb.Append(_text, p, 3);
                p += 3;
            }
            else if (c == '\\')
            {
                if (p + 1 >= _text.Length || !CharClasses.IsLocalEscapable(_text[p + 1]))
                    throw Error(p, "invalid escape in a local name");
                sb.Append(_text[p + 1]);
                p += 2;
            }
            else if (first ? (CharClasses.IsPnCharsU(c) || c == ':' || char.IsAsciiDigit(c)) : (CharClasses.IsPnChars(c) || c == ':' || c == '.'))
            {
                sb.Append(c);
                p++;
                if (c == '.') { first = false; continue; }
            }
            else break;
            first = false;
            lastGood = p;
            lastGoodLength = sb.Length;
        }
        // A local name cannot end with '.'.
        p = lastGood;
        sb.Length = lastGoodLength;
        return sb.ToString();
    }
}
