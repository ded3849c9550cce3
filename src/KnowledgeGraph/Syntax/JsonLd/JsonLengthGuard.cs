namespace KnowledgeGraph.Syntax.JsonLd;

/// <summary>
/// Passes JSON text through to the JSON parser while measuring each string (decoded length: an escape counts as one
/// character) and each bare token, so that a string longer than <see cref="RdfReaderOptions.MaxLiteralLength"/> is
/// refused, with its position, as the characters stream by: the JSON parser would otherwise buffer it whole. It also
/// refuses a lone surrogate in a string (raw or as a <c>\uD800</c> escape): RDF strings hold Unicode characters,
/// which no other syntax could write such a string as, so every reader refuses it.
/// </summary>
internal sealed class JsonLengthGuard(TextReader inner, int maxLength, string? sourceName) : TextReader
{
    private enum State { Outside, InString, Escape, Unicode }

    private State _state;
    private int _unicodeLeft;
    private int _unicodeValue;
    private bool _pendingHigh; // the string's last character was a high surrogate: a low one must follow
    private long _length;
    private int _line = 1;
    private int _column = 1;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        int c = inner.Read();
        if (c >= 0) Scan(stackalloc char[] { (char)c });
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int n = inner.Read(buffer);
        if (n > 0) Scan(buffer[..n]);
        return n;
    }

    private void Scan(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            switch (_state)
            {
                case State.Outside:
                    if (c == '"') { _state = State.InString; _length = 0; }
                    else if (c is ' ' or '\t' or '\r' or '\n' or ',' or ':' or '[' or ']' or '{' or '}') _length = 0;
                    else Count();
                    break;
                case State.InString:
                    if (c == '"')
                    {
                        if (_pendingHigh) FailSurrogate();
                        _state = State.Outside;
                    }
                    else if (c == '\\') _state = State.Escape;
                    else
                    {
                        Count();
                        OnCharacter(c);
                    }
                    break;
                case State.Escape:
                    Count();
                    if (c == 'u') { _state = State.Unicode; _unicodeLeft = 4; _unicodeValue = 0; }
                    else
                    {
                        if (_pendingHigh) FailSurrogate();
                        _state = State.InString;
                    }
                    break;
                case State.Unicode:
                    _unicodeValue = (_unicodeValue << 4) | (!Uri.IsHexDigit(c) ? 0 : c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
                    if (--_unicodeLeft == 0)
                    {
                        _state = State.InString;
                        OnCharacter((char)_unicodeValue);
                    }
                    break;
            }
            if (c == '\n') { _line++; _column = 1; }
            else _column++;
        }
    }

    private void OnCharacter(char c)
    {
        if (_pendingHigh != char.IsLowSurrogate(c)) FailSurrogate();
        _pendingHigh = char.IsHighSurrogate(c);
    }

    private void FailSurrogate()
    {
        _pendingHigh = false;
        throw new JsonLdException(ErrorCodes.InvalidInput,
            "a string holds a lone surrogate code point, which is not a Unicode character", _line, _column, sourceName);
    }

    private void Count()
    {
        if (++_length > maxLength)
            throw new JsonLdException(ErrorCodes.InvalidInput,
                $"a string or value is longer than {maxLength} characters (RdfReaderOptions.MaxLiteralLength)", _line, _column, sourceName);
    }
}
