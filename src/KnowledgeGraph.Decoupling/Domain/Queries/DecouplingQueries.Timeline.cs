using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

public sealed partial class DecouplingQueries
{
    /// <summary>
    /// The dated events that overlap <paramref name="from"/>–<paramref name="to"/> (both inclusive), in time order.
    /// Partial dates count for their whole span: <c>2018-23</c> (autumn 2018) is September–November 2018, <c>2025-07/..</c>
    /// runs from July 2025 on, <c>2024/2025</c> covers both years. Events sort by their earliest day, then their latest
    /// (open ends last), then id. Events whose year the article does not give (<c>XXXX-03</c>) cannot be placed: with
    /// <paramref name="includeUnknownYear"/> they come last, flagged <see cref="TimelineEntry.YearUnknown"/>.
    /// Events with no time at all are left out.
    /// </summary>
    public IReadOnlyList<TimelineEntry> Timeline(DateOnly from, DateOnly to, bool includeUnknownYear = true)
    {
        if (to < from) throw new ArgumentException($"The timeline ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        return Timeline().Where(e => e.YearUnknown ? includeUnknownYear : Overlaps(e, from, to)).ToList();
    }

    /// <summary>Every dated event, in time order, those with an unknown year last (see the other overload).</summary>
    public IReadOnlyList<TimelineEntry> Timeline() =>
        InstancesOf(Dcp.Event)
            .Select(DescribeEvent)
            .Where(e => e.Time is not null)
            .OrderBy(e => e, TimelineOrder.Instance)
            .Select(e => new TimelineEntry(e, e.Time!.Earliest, e.Time.Latest, e.Time.HasUnknownYear))
            .ToList();

    private static bool Overlaps(TimelineEntry e, DateOnly from, DateOnly to) =>
        (e.Earliest ?? DateOnly.MinValue) <= to && (e.Latest ?? DateOnly.MaxValue) >= from;
}

/// <summary>
/// Orders events by time: known dates by earliest then latest day (an open or unknown end sorts after any date),
/// then events whose year is unknown (by month, when given), then undated events; ties by id.
/// </summary>
internal sealed class TimelineOrder : IComparer<EventInfo>
{
    public static readonly TimelineOrder Instance = new();

    public int Compare(EventInfo? x, EventInfo? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = Rank(x).CompareTo(Rank(y));
        if (c == 0 && x.Time is { } a && y.Time is { } b)
        {
            if (Rank(x) == 0)
            {
                c = (a.Earliest ?? DateOnly.MinValue).CompareTo(b.Earliest ?? DateOnly.MinValue);
                if (c == 0) c = (a.Latest ?? DateOnly.MaxValue).CompareTo(b.Latest ?? DateOnly.MaxValue);
            }
            else
            {
                c = (a.Start?.Month ?? 13).CompareTo(b.Start?.Month ?? 13);
            }
        }
        return c != 0 ? c : string.CompareOrdinal(x.Node.Id ?? x.Node.Iri.Value, y.Node.Id ?? y.Node.Iri.Value);
    }

    private static int Rank(EventInfo e) => e.Time is null ? 2 : e.Time.HasUnknownYear ? 1 : 0;
}

/// <summary>Orders IRIs so that numbered suffixes sort numerically (<c>…-claim-2</c> before <c>…-claim-10</c>).</summary>
internal sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return string.CompareOrdinal(x, y);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                int si = i, sj = j;
                while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                var a = x.AsSpan(si, i - si).TrimStart('0');
                var b = y.AsSpan(sj, j - sj).TrimStart('0');
                int c = a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
                if (c != 0) return c;
            }
            else
            {
                if (x[i] != y[j]) return x[i].CompareTo(y[j]);
                i++;
                j++;
            }
        }
        return (x.Length - i).CompareTo(y.Length - j);
    }
}
