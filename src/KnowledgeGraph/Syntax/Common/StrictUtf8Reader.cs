using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Syntax;

/// <summary>
/// A UTF-8 <see cref="TextReader"/> that hands out every valid character before an invalid byte sequence and only
/// then throws <see cref="DecoderFallbackException"/>, so a parser reports the error at the exact line and column
/// (a <see cref="StreamReader"/> with a throwing decoder fails a whole block at once). A leading byte-order mark is
/// skipped.
/// </summary>
internal sealed class StrictUtf8Reader : TextReader
{
    private const int Size = 1 << 16;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte[] _bytes = new byte[Size];
    private readonly char[] _chars = new char[Size];
    private int _bStart, _bEnd, _cPos, _cEnd;
    private bool _streamDone, _first = true;
    private long _consumedBytes;
    private DecoderFallbackException? _pendingError;

    public StrictUtf8Reader(Stream stream, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <summary>The underlying byte stream.</summary>
    public Stream BaseStream => _stream;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty) return 0;
        if (_cPos == _cEnd && !Decode()) return 0;
        int n = Math.Min(buffer.Length, _cEnd - _cPos);
        _chars.AsSpan(_cPos, n).CopyTo(buffer);
        _cPos += n;
        return n;
    }

    public override int Read()
    {
        if (_cPos == _cEnd && !Decode()) return -1;
        return _chars[_cPos++];
    }

    public override int Peek()
    {
        if (_cPos == _cEnd && !Decode()) return -1;
        return _chars[_cPos];
    }

    /// <summary>Decodes the next block of characters; false at the end of the input; throws once the valid part before an error is used up.</summary>
    private bool Decode()
    {
        if (_pendingError is not null) throw _pendingError;
        _cPos = _cEnd = 0;
        while (true)
        {
            if (_bEnd - _bStart < 4 && !_streamDone) Fill();
            if (_first)
            {
                _first = false;
                if (_bEnd - _bStart >= 3 && _bytes[_bStart] == 0xEF && _bytes[_bStart + 1] == 0xBB && _bytes[_bStart + 2] == 0xBF) _bStart += 3;
            }
            if (_bStart == _bEnd) return false;
            var status = Utf8.ToUtf16(_bytes.AsSpan(_bStart, _bEnd - _bStart), _chars, out int read, out int written,
                replaceInvalidSequences: false, isFinalBlock: _streamDone);
            _bStart += read;
            _consumedBytes += read;
            _cEnd = written;
            if (status == OperationStatus.InvalidData)
                _pendingError = new DecoderFallbackException($"Invalid UTF-8 byte 0x{_bytes[_bStart]:X2} at byte offset {_consumedBytes}.", [_bytes[_bStart]], 0);
            else if (status == OperationStatus.NeedMoreData && _streamDone)
                _pendingError = new DecoderFallbackException($"Truncated UTF-8 sequence at the end of the input (byte offset {_consumedBytes}).");
            if (written > 0) return true;
            if (_pendingError is not null) throw _pendingError;
        }
    }

    private void Fill()
    {
        if (_bStart > 0)
        {
            Array.Copy(_bytes, _bStart, _bytes, 0, _bEnd - _bStart);
            _bEnd -= _bStart;
            _bStart = 0;
        }
        while (_bEnd < _bytes.Length)
        {
            int n = _stream.Read(_bytes, _bEnd, _bytes.Length - _bEnd);
            if (n == 0)
            {
                _streamDone = true;
                return;
            }
            _bEnd += n;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen) _stream.Dispose();
        base.Dispose(disposing);
    }
}
