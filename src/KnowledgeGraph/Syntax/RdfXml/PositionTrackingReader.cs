namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Passes characters through to the XML parser while counting lines and columns of everything handed out, so that
/// when the underlying reader fails on invalid UTF-8 (after delivering every valid character before it) the error
/// can be reported where the bad bytes start rather than where the XML parser's current node began.
/// It also bounds the characters between two <c>&lt;</c>: a text node or a tag with its attributes must fit in
/// <paramref name="maxLiteralLength"/> plus a margin for the tag, checked as the characters stream by, before the XML
/// parser buffers a huge node whole (the parser then checks each literal exactly).
/// </summary>
internal sealed class PositionTrackingReader(TextReader inner, int maxLiteralLength = int.MaxValue, string? sourceName = null) : TextReader
{
    private readonly long _maxRun = (long)maxLiteralLength + 65_536;
    private long _run;

    /// <summary>1-based line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>1-based column of the next character.</summary>
    public int Column { get; private set; } = 1;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        int c = inner.Read();
        if (c >= 0) Track(stackalloc char[] { (char)c });
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int n = inner.Read(buffer);
        if (n > 0) Track(buffer[..n]);
        return n;
    }

    private void Track(ReadOnlySpan<char> chars)
    {
        int firstOpen = chars.IndexOf('<');
        if (firstOpen < 0)
        {
            _run += chars.Length;
            if (_run > _maxRun) FailRun();
        }
        else
        {
            if (_run + firstOpen > _maxRun) FailRun();
            _run = chars.Length - chars.LastIndexOf('<') - 1;
        }
        int lines = chars.Count('\n');
        if (lines == 0)
        {
            Column += chars.Length;
            return;
        }
        Line += lines;
        Column = chars.Length - chars.LastIndexOf('\n');
    }

    private void FailRun() => throw new RdfSyntaxException(
        $"A literal is longer than {maxLiteralLength} characters (RdfReaderOptions.MaxLiteralLength).",
        Line, Column, sourceName);
}
