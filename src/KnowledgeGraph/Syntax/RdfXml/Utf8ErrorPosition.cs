using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Finds where invalid UTF-8 starts. A <see cref="StreamReader"/> decodes a whole buffer at a time, so when it throws
/// <see cref="DecoderFallbackException"/> the parser's position can lag the bad bytes by a buffer; when the input is
/// a seekable stream, re-scanning it from the start gives the exact line and column.
/// </summary>
internal static class Utf8ErrorPosition
{
    public static bool TryLocate(TextReader input, out int line, out int column)
    {
        line = column = 0;
        var stream = input switch
        {
            StreamReader r => r.BaseStream,
            StrictUtf8Reader r => r.BaseStream,
            _ => null,
        };
        if (stream is not { CanSeek: true, CanRead: true }) return false;
        try
        {
            stream.Position = 0;
            return Scan(stream, out line, out column);
        }
        catch (IOException)
        {
            return false;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private static bool Scan(Stream stream, out int line, out int column)
    {
        line = 1;
        column = 1;
        var buffer = new byte[1 << 16];
        int kept = 0;
        bool first = true;
        while (true)
        {
            int read = stream.Read(buffer, kept, buffer.Length - kept);
            int length = kept + read;
            var span = buffer.AsSpan(0, length);
            int i = 0;
            if (first && span.StartsWith("\uFEFF"u8)) i = 3;
            first = false;
            while (i < length)
            {
                var status = Rune.DecodeFromUtf8(span[i..], out var rune, out int consumed);
                if (status == OperationStatus.NeedMoreData && read > 0) break;
                if (status != OperationStatus.Done) return true;
                if (rune.Value == '\n')
                {
                    line++;
                    column = 1;
                }
                else column += rune.Utf16SequenceLength;
                i += consumed;
            }
            if (read == 0) return false;
            kept = length - i;
            span[i..].CopyTo(buffer);
        }
    }
}
