namespace KnowledgeGraph.Cli.Input;

/// <summary>
/// Finds the first byte sequence of a file that is not valid UTF-8, as a 1-based line and column, for the rare
/// reader that lets the decoder's exception through without a position.
/// </summary>
internal static class Utf8Locator
{
    public static (int Line, int Column)? FindFirstInvalid(string path)
    {
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            int line = 1, column = 1;
            int b;
            while ((b = stream.ReadByte()) >= 0)
            {
                int continuation = b < 0x80 ? 0 : b is >= 0xC2 and <= 0xDF ? 1 : b is >= 0xE0 and <= 0xEF ? 2 : b is >= 0xF0 and <= 0xF4 ? 3 : -1;
                if (continuation < 0) return (line, column);
                for (int i = 0; i < continuation; i++)
                {
                    int next = stream.ReadByte();
                    if (next < 0 || (next & 0xC0) != 0x80) return (line, column);
                }
                if (b == '\n') { line++; column = 1; }
                else column += continuation == 3 ? 2 : 1; // a UTF-16 surrogate pair counts as two columns, like the readers
            }
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
