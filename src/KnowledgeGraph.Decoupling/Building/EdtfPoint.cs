using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>How precisely an <see cref="EdtfPoint"/> is known.</summary>
public enum EdtfPrecision
{
    /// <summary>Nothing is known (an empty interval end, or <c>XXXX</c>).</summary>
    Unknown = 0,
    /// <summary>A year, e.g. <c>2024</c>.</summary>
    Year,
    /// <summary>A season of a year, e.g. <c>2018-23</c> (autumn 2018).</summary>
    Season,
    /// <summary>A month, e.g. <c>2025-07</c> or <c>XXXX-03</c> (March, year unknown).</summary>
    Month,
    /// <summary>A day, e.g. <c>2025-07-22</c>.</summary>
    Day,
}

/// <summary>
/// One date of the <see href="https://www.loc.gov/standards/datetime/">Extended Date/Time Format</see> (ISO 8601-2):
/// a year, a season (21 spring, 22 summer, 23 autumn, 24 winter), a month or a day, whose year may be unknown
/// (<c>XXXX-03</c>), optionally qualified as uncertain (<c>?</c>), approximate (<c>~</c>) or both (<c>%</c>).
/// </summary>
/// <param name="Year">The year, or null when unknown.</param>
/// <param name="Month">The month (1–12), or null.</param>
/// <param name="Day">The day of the month, or null.</param>
/// <param name="Season">The EDTF season code (21–24), or null.</param>
/// <param name="Uncertain">True for a <c>?</c> or <c>%</c> qualifier.</param>
/// <param name="Approximate">True for a <c>~</c> or <c>%</c> qualifier.</param>
/// <remarks>Thread safety: immutable; an instance can be shared between threads freely.</remarks>
public readonly record struct EdtfPoint(int? Year, int? Month, int? Day, int? Season, bool Uncertain, bool Approximate)
{
    /// <summary>How precisely the date is known.</summary>
    public EdtfPrecision Precision =>
        Day is not null ? EdtfPrecision.Day
        : Month is not null ? EdtfPrecision.Month
        : Season is not null ? EdtfPrecision.Season
        : Year is not null ? EdtfPrecision.Year
        : EdtfPrecision.Unknown;

    /// <summary>The first day the date can denote, or null when its year is unknown.</summary>
    public DateOnly? Earliest
    {
        get
        {
            if (Year is not int y) return null;
            if (Day is int d) return new DateOnly(y, Month!.Value, d);
            if (Month is int m) return new DateOnly(y, m, 1);
            if (Season is int s) return new DateOnly(y, SeasonFirstMonth(s), 1);
            return new DateOnly(y, 1, 1);
        }
    }

    /// <summary>The last day the date can denote, or null when its year is unknown. Winter runs into the next year.</summary>
    public DateOnly? Latest
    {
        get
        {
            if (Year is not int y) return null;
            if (Day is int d) return new DateOnly(y, Month!.Value, d);
            if (Month is int m) return new DateOnly(y, m, DateTime.DaysInMonth(y, m));
            if (Season is int s)
            {
                var first = new DateOnly(y, SeasonFirstMonth(s), 1);
                return first.AddMonths(3).AddDays(-1);
            }
            return new DateOnly(y, 12, 31);
        }
    }

    /// <summary>
    /// The most precise XSD value the date can be written as: <c>xsd:date</c> for a day, <c>xsd:gYearMonth</c> for a
    /// month, <c>xsd:gYear</c> for a year or a season; null when the year is unknown.
    /// </summary>
    public Literal? ToXsdLiteral()
    {
        if (Year is not int y) return null;
        var year = y.ToString("0000", CultureInfo.InvariantCulture);
        if (Day is int d)
            return Literal.Create($"{year}-{Month!.Value:00}-{d:00}", Vocab.Xsd.Date);
        if (Month is int m)
            return Literal.Create($"{year}-{m:00}", Vocab.Xsd.GYearMonth);
        return Literal.Create(year, Vocab.Xsd.GYear);
    }

    private static int SeasonFirstMonth(int season) => season switch
    {
        21 => 3,
        22 => 6,
        23 => 9,
        _ => 12,
    };
}
