using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>Prefixed names (PN_PREFIX, PN_LOCAL with its escapes), blank node labels, language tags and numbers.</summary>
internal sealed partial class TurtleLexer
{
    /// <summary>PN_CHARS_BASE for a UTF-16 code unit of the BMP (supplementary characters are handled as pairs).</summary>
    private static bool IsPnCharsBase(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a'
        || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD);

    /// <summary>The ASCII characters PN_CHARS allows anywhere in a local name but its first place (except '-').</summary>
    private static bool IsAsciiNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-';

    /// <summary>PN_CHARS for a BMP code unit.</summary>
    private static bool IsPnChars(char c) =>
        IsPnCharsBase(c) || c == '_' || c == '-' || IsDigit(c) || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;

    /// <summary>
    /// Consumes a supplementary character (a surrogate pair in U+10000–U+EFFFF, the range PN_CHARS_BASE allows) at
    /// <c>_pos</c> into the scratch; false when the code unit there is not the start of one.
    /// </summary>
    private bool TryAppendSupplementary()
    {
        char hi = _buf[_pos];
        if (hi < 0xD800 || hi > 0xDB7F) return false;
        int lo = PeekAt(1);
        if (lo < 0xDC00 || lo > 0xDFFF) return false;
        Append(hi);
        Append((char)lo);
        _pos += 2;
        return true;
    }

    /// <summary>
    /// Counts a run of '.' starting at <c>_pos</c> and tells whether a character that may continue the name follows
    /// it (a name may contain dots but not end with one).
    /// </summary>
    private bool DotsContinueName(bool local)
    {
        int k = 0;
        while (PeekAt(k) == '.') k++;
        int c = PeekAt(k);
        if (c < 0) return false;
        char ch = (char)c;
        return IsPnChars(ch) || (ch >= 0xD800 && ch <= 0xDB7F) || (local && (ch == ':' || ch == '%' || ch == '\\'));
    }

    /// <summary>A PNAME_NS, a PNAME_LN, or a bare word (<c>a</c>, <c>true</c>, <c>PREFIX</c>, …).</summary>
    private TokenKind ReadPrefixedName()
    {
        // PN_PREFIX ::= PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?
        while (true)
        {
            if (_pos == _end && !Ensure(1)) break;
            char c = _buf[_pos];
            if (c == ':') break;
            if (_slen == 0 ? IsPnCharsBase(c) : IsPnChars(c))
            {
                Append(c);
                _pos++;
            }
            else if (c == '.' && _slen > 0 && DotsContinueName(local: false))
            {
                Append(c);
                _pos++;
            }
            else if (!TryAppendSupplementary()) break;
        }
        if (Peek() != ':') return TokenKind.Word;
        PrefixLength = _slen;
        Append(':');
        _pos++;
        return ReadLocalName() ? TokenKind.PNameLn : TokenKind.PNameNs;
    }

    /// <summary>PN_LOCAL after the colon; false when it is empty.</summary>
    private bool ReadLocalName()
    {
        int startLen = _slen;
        while (true)
        {
            // Most local names are plain ASCII letters, digits, '_' and '-': copy such a run from the buffer at once.
            int run = _pos;
            while (run < _end && IsAsciiNameChar(_buf[run]) && (run > _pos || _slen > startLen || _buf[run] != '-')) run++;
            if (run > _pos)
            {
                Append(_buf, _pos, run - _pos);
                _pos = run;
            }
            int p = Peek();
            if (p < 0) break;
            char c = (char)p;
            bool first = _slen == startLen;
            if (IsPnChars(c) || c == ':' || (first && IsDigit(c)))
            {
                // PN_CHARS excludes nothing the first position allows except that '-' and U+00B7 etc. may not start.
                if (first && !(IsPnCharsBase(c) || c == '_' || c == ':' || IsDigit(c))) break;
                Append(c);
                _pos++;
            }
            else if (c == '%')
            {
                if (!IsHex(PeekAt(1)) || !IsHex(PeekAt(2))) FailHere("'%' in a local name must be followed by two hex digits");
                Append('%');
                Append(_buf[_pos + 1]);
                Append(_buf[_pos + 2]);
                _pos += 3;
            }
            else if (c == '\\')
            {
                int e = PeekAt(1);
                if (e < 0 || "_~.-!$&'()*+,;=/?#@%".IndexOf((char)e) < 0)
                    FailHere(e < 0 ? "unterminated escape at end of input" : $"bad escape '\\{(char)e}' in a local name");
                Append((char)e);
                _pos += 2;
            }
            else if (c == '.' && !first && DotsContinueName(local: true))
            {
                Append(c);
                _pos++;
            }
            else if (!TryAppendSupplementary()) break;
        }
        return _slen > startLen;
    }

    /// <summary>BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?</summary>
    private TokenKind ReadBlankNodeLabel()
    {
        _pos += 2;
        while (true)
        {
            int p = Peek();
            if (p < 0) break;
            char c = (char)p;
            if (_slen == 0 ? (IsPnCharsBase(c) || c == '_' || IsDigit(c)) : IsPnChars(c))
            {
                Append(c);
                _pos++;
            }
            else if (c == '.' && _slen > 0 && DotsContinueName(local: false))
            {
                Append(c);
                _pos++;
            }
            else if (!TryAppendSupplementary()) break;
        }
        if (_slen == 0) FailAtToken("empty blank node label after '_:'");
        return TokenKind.BlankNodeLabel;
    }

    /// <summary>LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*; also carries <c>@prefix</c> and <c>@base</c>.</summary>
    private TokenKind ReadLangTag()
    {
        _pos++;
        while (Peek() is var c && c >= 0 && char.IsAsciiLetter((char)c))
        {
            Append((char)c);
            _pos++;
        }
        if (_slen == 0) FailAtToken("'@' must be followed by a language tag, 'prefix' or 'base'");
        while (Peek() == '-')
        {
            int c = PeekAt(1);
            if (c < 0 || !char.IsAsciiLetterOrDigit((char)c)) FailHere("a language subtag must follow '-'");
            Append('-');
            _pos++;
            while (Peek() is var d && d >= 0 && char.IsAsciiLetterOrDigit((char)d))
            {
                Append((char)d);
                _pos++;
            }
        }
        if (_slen > LanguageTag.MaxLength) FailAtToken(LanguageTag.Problem(new string('x', _slen))!);
        return TokenKind.LangTag;
    }

    /// <summary>INTEGER, DECIMAL or DOUBLE, with an optional sign.</summary>
    private TokenKind ReadNumber()
    {
        int c = Peek();
        if (c == '+' || c == '-')
        {
            Append((char)c);
            _pos++;
        }
        int intDigits = AppendDigits();
        var kind = TokenKind.Integer;
        if (Peek() == '.')
        {
            int after = PeekAt(1);
            if (IsDigit(after))
            {
                Append('.');
                _pos++;
                AppendDigits();
                kind = TokenKind.Decimal;
            }
            else if (intDigits > 0 && (after == 'e' || after == 'E') && ExponentFollows(2))
            {
                Append('.');
                _pos++;
            }
        }
        if (kind == TokenKind.Integer && intDigits == 0 && Peek() != 'e' && Peek() != 'E')
            FailAtToken("a sign must be followed by a number");
        int e = Peek();
        if ((e == 'e' || e == 'E') && ExponentFollows(1))
        {
            Append((char)e);
            _pos++;
            int s = Peek();
            if (s == '+' || s == '-')
            {
                Append((char)s);
                _pos++;
            }
            AppendDigits();
            kind = TokenKind.Double;
        }
        if (kind == TokenKind.Integer && intDigits == 0) FailAtToken("a sign must be followed by a number");
        return kind;
    }

    /// <summary>True when an exponent's digits start <paramref name="offset"/> characters ahead (after an optional sign).</summary>
    private bool ExponentFollows(int offset)
    {
        int c = PeekAt(offset);
        if (c == '+' || c == '-') c = PeekAt(offset + 1);
        return IsDigit(c);
    }

    private int AppendDigits()
    {
        int n = 0;
        while (IsDigit(Peek()))
        {
            Append(_buf[_pos]);
            _pos++;
            n++;
        }
        return n;
    }
}
