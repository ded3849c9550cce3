using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.Syntax.Turtle;

/// <summary>
/// The character window of the lexer: the input is read through a fixed buffer (never the whole document into one
/// string), with small look-ahead, line/column tracking and a scratch area that collects the current token's
/// unescaped text.
/// </summary>
internal sealed partial class TurtleLexer
{
    private const int BufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly string? _sourceName;
    private readonly int _maxTokenLength;
    private char[] _buf = new char[BufferSize];
    private int _pos;
    private int _end;
    private bool _eof;
    private long _bufOffset;      // absolute offset of _buf[0]
    private int _line = 1;
    private long _lineStart;      // absolute offset of the first character of the current line

    private char[] _scratch;
    private int _slen;

    public TurtleLexer(TextReader reader, RdfReaderOptions options)
    {
        _reader = reader;
        _sourceName = options.SourceName;
        _maxTokenLength = Math.Max(1, options.MaxLiteralLength);
        _scratch = new char[Math.Min(256, _maxTokenLength)];
    }

    /// <summary>1-based line of the next unread character.</summary>
    public int Line => _line;

    /// <summary>1-based column of the next unread character.</summary>
    public int Column => (int)(_bufOffset + _pos - _lineStart) + 1;

    /// <summary>The next character, or -1 at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek() => _pos < _end ? _buf[_pos] : PeekSlow(0);

    /// <summary>The character <paramref name="k"/> places after the next one, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PeekAt(int k) => _pos + k < _end ? _buf[_pos + k] : PeekSlow(k);

    private int PeekSlow(int k) => Ensure(k + 1) ? _buf[_pos + k] : -1;

    /// <summary>Makes at least <paramref name="n"/> characters available from <c>_pos</c>; false at the end of input.</summary>
    private bool Ensure(int n)
    {
        if (_end - _pos >= n) return true;
        if (_eof) return false;
        int remain = _end - _pos;
        if (_pos > 0)
        {
            Array.Copy(_buf, _pos, _buf, 0, remain);
            _bufOffset += _pos;
            _end = remain;
            _pos = 0;
        }
        if (n > _buf.Length) Array.Resize(ref _buf, Math.Max(n, _buf.Length * 2));
        while (_end < n)
        {
            int read = ReadChars(_buf.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return false;
            }
            _end += read;
        }
        return true;
    }

    private int ReadChars(int count)
    {
        try
        {
            return _reader.Read(_buf, _end, count);
        }
        catch (DecoderFallbackException e)
        {
            // The strict reader delivers every valid character before the bad bytes, so the error is right after
            // the last character in the buffer.
            var (line, column) = PositionOf(_end);
            throw new RdfSyntaxException("invalid UTF-8 byte sequence", line, column, _sourceName, e);
        }
    }

    /// <summary>Line and column of buffer index <paramref name="index"/> (at or after <c>_pos</c>).</summary>
    private (int Line, int Column) PositionOf(int index)
    {
        int line = _line;
        long lineStart = _lineStart;
        for (int i = _pos; i < index; i++)
            if (_buf[i] == '\n')
            {
                line++;
                lineStart = _bufOffset + i + 1;
            }
        return (line, (int)(_bufOffset + index - lineStart) + 1);
    }

    /// <summary>Records that the character at buffer index <paramref name="index"/> is a line feed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NewLineAt(int index)
    {
        _line++;
        _lineStart = _bufOffset + index + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(char c)
    {
        if (_slen == _scratch.Length) GrowScratch(1);
        _scratch[_slen++] = c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(char[] source, int start, int count)
    {
        if (count == 0) return;
        if (_slen + count > _scratch.Length) GrowScratch(count);
        Array.Copy(source, start, _scratch, _slen, count);
        _slen += count;
    }

    private void AppendCodePoint(int cp)
    {
        if (cp < 0x10000) Append((char)cp);
        else
        {
            cp -= 0x10000;
            Append((char)(0xD800 + (cp >> 10)));
            Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    private void GrowScratch(int extra)
    {
        long need = (long)_slen + extra;
        if (need > _maxTokenLength)
            Fail($"token longer than the limit of {_maxTokenLength} characters (RdfReaderOptions.MaxLiteralLength)", TokenLine, TokenColumn);
        long size = Math.Min(Math.Max(need, (long)_scratch.Length * 2), _maxTokenLength);
        Array.Resize(ref _scratch, (int)size);
    }

    /// <summary>Throws a positioned syntax error.</summary>
    [DoesNotReturn]
    public void Fail(string message, int line, int column) =>
        throw new RdfSyntaxException(message, line, column, _sourceName);

    /// <summary>Throws a syntax error at the start of the current token.</summary>
    [DoesNotReturn]
    public void FailAtToken(string message) => Fail(message, TokenLine, TokenColumn);

    /// <summary>Throws a syntax error at the next unread character.</summary>
    [DoesNotReturn]
    private void FailHere(string message) => Fail(message, Line, Column);
}
