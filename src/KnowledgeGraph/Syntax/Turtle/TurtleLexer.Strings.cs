using KnowledgeGraph.Model;
using System.Buffers;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>IRIREF and the four string forms, with ECHAR and UCHAR escapes.</summary>
internal sealed partial class TurtleLexer
{
    /// <summary>ASCII characters that end the fast scan of an IRI: '&gt;', '\', and everything IRIREF forbids.</summary>
    private static readonly bool[] s_iriStop = BuildIriStop();

    private static bool[] BuildIriStop()
    {
        var t = new bool[128];
        for (int c = 0; c <= 0x20; c++) t[c] = true;
        foreach (char c in "<>\"{}|^`\\") t[c] = true;
        return t;
    }

    /// <summary>Everything that ends the fast scan of an IRI, for a vectorized search.</summary>
    private static readonly SearchValues<char> s_iriStops = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F <>\"{}|^`\\");

    private static readonly SearchValues<char> s_doubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> s_singleQuoteStops = SearchValues.Create("'\\\n\r");

    private TokenKind ReadIri()
    {
        _pos++; // '<'
        // Fast path: the whole IRI, without escapes, is already in the buffer; its text is not copied.
        int found = _buf.AsSpan(_pos, _end - _pos).IndexOfAny(s_iriStops);
        if (found >= 0 && _buf[_pos + found] == '>' && found <= _maxTokenLength)
        {
            TextInBuffer(_pos, found);
            _pos += found + 1;
            return CheckedIri();
        }
        while (true)
        {
            int start = _pos;
            var buf = _buf;
            int end = _end;
            int stop = buf.AsSpan(start, end - start).IndexOfAny(s_iriStops);
            int p = stop < 0 ? end : start + stop;
            _pos = p;
            Append(buf, start, p - start);
            if (p == end)
            {
                if (!Ensure(1)) FailAtToken("unterminated IRI: end of input before '>'");
                continue;
            }
            char c = buf[p];
            if (c == '>')
            {
                _pos++;
                return CheckedIri();
            }
            if (c == '\\')
            {
                int next = PeekAt(1);
                if (next != 'u' && next != 'U') FailHere("only \\u and \\U escapes are allowed in an IRI");
                int cp = ReadUchar();
                if (cp <= 0x20 || (cp < 128 && s_iriStop[cp]))
                    FailAtToken($"the escaped character U+{cp:X4} is not allowed in an IRI");
                AppendCodePoint(cp);
                continue;
            }
            if (c == '\n' || c == '\r') FailHere("unterminated IRI: line break before '>'");
            FailHere(c <= 0x20 ? $"the character U+{(int)c:X4} is not allowed in an IRI" : $"the character '{c}' is not allowed in an IRI");
        }
    }

    /// <summary>The IRI rule shared by every reader (<see cref="IriSyntax.ReferenceProblem"/>), on the token just read.</summary>
    private TokenKind CheckedIri()
    {
        if (IriSyntax.ReferenceProblem(Text) is { } problem) FailAtToken(problem);
        return TokenKind.IriRef;
    }

    /// <summary>Reads <c>\uXXXX</c> or <c>\UXXXXXXXX</c> at <c>_pos</c> and returns the code point.</summary>
    private int ReadUchar()
    {
        int line = Line, col = Column;
        int digits = PeekAt(1) == 'u' ? 4 : 8;
        if (!Ensure(2 + digits)) Fail("incomplete \\u escape at end of input", line, col);
        int cp = 0;
        for (int i = 0; i < digits; i++)
        {
            char h = _buf[_pos + 2 + i];
            if (!IsHex(h)) Fail($"bad escape: '{h}' is not a hex digit", line, col);
            cp = (cp << 4) | HexValue(h);
        }
        if (cp > 0x10FFFF || cp < 0) Fail($"bad escape: U+{cp:X} is beyond Unicode", line, col);
        if (cp >= 0xD800 && cp <= 0xDFFF) Fail($"bad escape: U+{cp:X4} is a surrogate code point, not a character", line, col);
        _pos += 2 + digits;
        return cp;
    }

    private TokenKind ReadString(char q)
    {
        if (PeekAt(1) == q && PeekAt(2) == q)
        {
            _pos += 3;
            Quote = q == '"' ? QuoteStyle.LongDouble : QuoteStyle.LongSingle;
            ReadLongString(q);
        }
        else
        {
            _pos++;
            Quote = q == '"' ? QuoteStyle.Double : QuoteStyle.Single;
            ReadShortString(q);
        }
        // Escapes cannot produce a surrogate (ReadUchar refuses one), but a string given to the reader can hold one raw.
        if (UnicodeText.Problem(Text) is { } problem) FailAtToken(problem);
        return TokenKind.String;
    }

    private void ReadShortString(char q)
    {
        var stops = q == '"' ? s_doubleQuoteStops : s_singleQuoteStops;
        // Fast path: the whole string, without escapes, is already in the buffer; its text is not copied.
        int found = _buf.AsSpan(_pos, _end - _pos).IndexOfAny(stops);
        if (found >= 0 && _buf[_pos + found] == q && found <= _maxTokenLength)
        {
            TextInBuffer(_pos, found);
            _pos += found + 1;
            return;
        }
        while (true)
        {
            var buf = _buf;
            int start = _pos, end = _end;
            int stop = buf.AsSpan(start, end - start).IndexOfAny(stops);
            int p = stop < 0 ? end : start + stop;
            _pos = p;
            Append(buf, start, p - start);
            if (p == end)
            {
                if (!Ensure(1)) FailAtToken("unterminated string: end of input before the closing quote");
                continue;
            }
            char c = buf[p];
            if (c == q)
            {
                _pos++;
                return;
            }
            if (c == '\\') ReadEscape();
            else FailHere("line break in a string; use a long string (\"\"\"…\"\"\") or \\n");
        }
    }

    private void ReadLongString(char q)
    {
        while (true)
        {
            var buf = _buf;
            int start = _pos, end = _end, p = _pos;
            while (p < end)
            {
                char ch = buf[p];
                if (ch == q || ch == '\\') break;
                if (ch == '\n') NewLineAt(p);
                p++;
            }
            _pos = p;
            Append(buf, start, p - start);
            if (p == end)
            {
                if (!Ensure(1)) FailAtToken("unterminated long string: end of input before the closing quotes");
                continue;
            }
            char c = buf[p];
            if (c == '\\')
            {
                ReadEscape();
                continue;
            }
            if (PeekAt(1) == q && PeekAt(2) == q)
            {
                _pos += 3;
                return;
            }
            Append(q);
            _pos++;
        }
    }

    /// <summary>Reads an ECHAR or UCHAR at <c>_pos</c> (a backslash) and appends what it stands for.</summary>
    private void ReadEscape()
    {
        int next = PeekAt(1);
        char value;
        switch (next)
        {
            case 't': value = '\t'; break;
            case 'b': value = '\b'; break;
            case 'n': value = '\n'; break;
            case 'r': value = '\r'; break;
            case 'f': value = '\f'; break;
            case '"': value = '"'; break;
            case '\'': value = '\''; break;
            case '\\': value = '\\'; break;
            case 'u':
            case 'U':
                AppendCodePoint(ReadUchar());
                return;
            case -1:
                FailHere("unterminated escape at end of input");
                return;
            default:
                FailHere($"bad escape '\\{(char)next}'");
                return;
        }
        Append(value);
        _pos += 2;
    }
}
