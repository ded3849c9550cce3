namespace KnowledgeGraph.Building;

/// <summary>
/// A date or a date range in the <see href="https://www.loc.gov/standards/datetime/">Extended Date/Time Format</see>
/// subset the decoupling graph uses: <c>2025-07-22</c>, <c>2025-07</c>, <c>2024</c>, <c>2018-23</c> (autumn 2018),
/// <c>XXXX-03</c> (March of an unknown year), qualifiers <c>?</c> <c>~</c> <c>%</c>, and intervals <c>A/B</c> whose ends
/// may be open (<c>..</c>) or unknown (empty), e.g. <c>2025-07/..</c> or <c>2024/2025</c>.
/// </summary>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public sealed class EdtfDate : IEquatable<EdtfDate>
{
    private EdtfDate(string text, bool isInterval, EdtfPoint? start, EdtfPoint? end, bool openStart, bool openEnd)
    {
        Text = text;
        IsInterval = isInterval;
        Start = start;
        End = end;
        IsOpenStart = openStart;
        IsOpenEnd = openEnd;
    }

    /// <summary>The EDTF text, as given.</summary>
    public string Text { get; }

    /// <summary>True for an interval (<c>A/B</c>).</summary>
    public bool IsInterval { get; }

    /// <summary>The date, or the interval's start; null when the start is open or unknown.</summary>
    public EdtfPoint? Start { get; }

    /// <summary>The date, or the interval's end; null when the end is open or unknown.</summary>
    public EdtfPoint? End { get; }

    /// <summary>True when the interval has no lower bound (<c>../B</c>).</summary>
    public bool IsOpenStart { get; }

    /// <summary>True when the interval has no upper bound (<c>A/..</c>), e.g. "from July 2025 on".</summary>
    public bool IsOpenEnd { get; }

    /// <summary>The first day the value can denote; null when the start is open or its year unknown.</summary>
    public DateOnly? Earliest => Start?.Earliest;

    /// <summary>The last day the value can denote; null when the end is open or its year unknown.</summary>
    public DateOnly? Latest => End?.Latest;

    /// <summary>
    /// True when no year is known at all (<c>XXXX-03</c>), so the value cannot be placed on a timeline.
    /// </summary>
    public bool HasUnknownYear => Start?.Year is null && End?.Year is null;

    /// <summary>Parses EDTF text.</summary>
    /// <exception cref="FormatException">The text is not in the supported EDTF subset.</exception>
    public static EdtfDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException($"'{text}' is not a supported EDTF date: {error}.");

    /// <summary>Parses EDTF text; false when it is not in the supported subset.</summary>
    public static bool TryParse(string? text, out EdtfDate date) => TryParse(text, out date, out _);

    private static bool TryParse(string? text, out EdtfDate date, out string error)
    {
        date = null!;
        error = "";
        if (string.IsNullOrEmpty(text))
        {
            error = "it is empty";
            return false;
        }
        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!EdtfPointParser.TryParse(text, out var point, out error)) return false;
            date = new EdtfDate(text, false, point, point, false, false);
            return true;
        }
        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = "an interval has exactly one '/'";
            return false;
        }
        string left = text[..slash], right = text[(slash + 1)..];
        if (!TryParseEnd(left, out var start, out bool openStart, out error) || !TryParseEnd(right, out var end, out bool openEnd, out error))
            return false;
        if (start?.Earliest is DateOnly s && end?.Latest is DateOnly e && e < s)
        {
            error = "the interval ends before it starts";
            return false;
        }
        date = new EdtfDate(text, true, start, end, openStart, openEnd);
        return true;
    }

    private static bool TryParseEnd(string text, out EdtfPoint? point, out bool open, out string error)
    {
        point = null;
        open = text == "..";
        error = "";
        if (open || text.Length == 0) return true;
        if (!EdtfPointParser.TryParse(text, out var p, out error)) return false;
        point = p;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(EdtfDate? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EdtfDate);

    /// <inheritdoc />
    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    /// <summary>The EDTF text.</summary>
    public override string ToString() => Text;
}
