using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Storage;

/// <summary>
/// UTF-8 that also round-trips lone surrogates (encoded as three-byte sequences, "WTF-8"), so any .NET string can be
/// stored compactly and read back unchanged. Terms are mostly ASCII, so both directions start with an ASCII loop.
/// </summary>
internal static class Wtf8
{
    public static int MaxByteCount(int chars) => chars * 3;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Encode(ReadOnlySpan<char> s, Span<byte> dest)
    {
        int j = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c < 0x80)
            {
                dest[j++] = (byte)c;
            }
            else if (c < 0x800)
            {
                dest[j++] = (byte)(0xC0 | (c >> 6));
                dest[j++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32((char)c, s[++i]);
                dest[j++] = (byte)(0xF0 | (cp >> 18));
                dest[j++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                dest[j++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                dest[j++] = (byte)(0x80 | (cp & 0x3F));
            }
            else
            {
                dest[j++] = (byte)(0xE0 | (c >> 12));
                dest[j++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                dest[j++] = (byte)(0x80 | (c & 0x3F));
            }
        }
        return j;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Ascii.IsValid(bytes)) return System.Text.Encoding.ASCII.GetString(bytes);
        if (bytes.Length <= 512)
        {
            // Well-formed UTF-8 goes through the runtime's vectorised decoder; only lone surrogates need our loop.
            Span<char> utf16 = stackalloc char[bytes.Length];
            if (System.Text.Unicode.Utf8.ToUtf16(bytes, utf16, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
                return new string(utf16[..written]);
        }
        var chars = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        int n = 0;
        for (int i = 0; i < bytes.Length;)
        {
            int b = bytes[i];
            if (b < 0x80) { chars[n++] = (char)b; i++; }
            else if (b < 0xE0) { chars[n++] = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F)); i += 2; }
            else if (b < 0xF0) { chars[n++] = (char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)); i += 3; }
            else
            {
                int cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
                cp -= 0x10000;
                chars[n++] = (char)(0xD800 + (cp >> 10));
                chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                i += 4;
            }
        }
        return new string(chars[..n]);
    }
}
