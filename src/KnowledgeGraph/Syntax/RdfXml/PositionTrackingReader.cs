namespace KnowledgeGraph.Syntax.RdfXml;

/// <summary>
/// Passes characters through to the XML parser while counting lines and columns of everything handed out, so that
/// when the underlying reader fails on invalid UTF-8 (after delivering every valid character before it) the error
/// can be reported where the bad bytes start rather than where the XML parser's current node began.
/// It also bounds every node the XML parser buffers whole (see <see cref="MarkupRunGuard"/>), checked as the
/// characters stream by, before the parser holds a huge node (the parser then checks each literal exactly).
/// </summary>
internal sealed class PositionTrackingReader(TextReader inner, int maxLiteralLength = int.MaxValue, string? sourceName = null) : TextReader
{
    private readonly MarkupRunGuard _guard = new((long)maxLiteralLength + 65_536);

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
        if (!_guard.Accept(chars)) FailRun();
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
