using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>Which XSD date/time type a <see cref="DateTimeValue"/> came from.</summary>
internal enum DateTimeKind
{
    DateTime,
    Date,
    Time,
}

/// <summary>
/// The value of an <c>xsd:dateTime</c>, <c>xsd:date</c> or <c>xsd:time</c> literal: its seven-property model
/// (years may be negative or beyond 9999), and an optional timezone offset in minutes.
/// </summary>
internal readonly struct DateTimeValue
{
    public DateTimeKind Kind { get; init; }
    public long Year { get; init; }
    public int Month { get; init; }
    public int Day { get; init; }
    public int Hour { get; init; }
    public int Minute { get; init; }
    public decimal Second { get; init; }

    /// <summary>Timezone offset in minutes, or null when the value has none.</summary>
    public int? TimezoneMinutes { get; init; }

    public static bool TryGet(Term? term, out DateTimeValue value)
    {
        value = default;
        if (term is not Literal { Language: null } l) return false;
        return l.Datatype.Value switch
        {
            XsdTypes.DateTime => TryParse(l.LexicalForm, DateTimeKind.DateTime, out value),
            XsdTypes.Date => TryParse(l.LexicalForm, DateTimeKind.Date, out value),
            XsdTypes.Time => TryParse(l.LexicalForm, DateTimeKind.Time, out value),
            _ => false,
        };
    }

    public static bool TryParse(string s, DateTimeKind kind, out DateTimeValue value)
    {
        value = default;
        int i = 0;
        long year = 1972;
        int month = 12, day = 31, hour = 0, minute = 0;
        decimal second = 0;
        if (kind != DateTimeKind.Time)
        {
            bool negative = i < s.Length && s[i] == '-';
            if (negative) i++;
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            int len = i - start;
            if (len < 4 || len > 18 || (len > 4 && s[start] == '0')) return false;
            year = long.Parse(s.AsSpan(start, len), CultureInfo.InvariantCulture);
            if (negative) year = -year;
            if (!Expect(s, ref i, '-') || !TwoDigits(s, ref i, out month) || !Expect(s, ref i, '-') || !TwoDigits(s, ref i, out day))
                return false;
            if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
            if (kind == DateTimeKind.DateTime && !Expect(s, ref i, 'T')) return false;
        }
        if (kind != DateTimeKind.Date)
        {
            if (!TwoDigits(s, ref i, out hour) || !Expect(s, ref i, ':') || !TwoDigits(s, ref i, out minute) || !Expect(s, ref i, ':'))
                return false;
            int secStart = i;
            if (!TwoDigits(s, ref i, out _)) return false;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                int fracStart = i;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
                if (i == fracStart) return false;
            }
            if (!decimal.TryParse(s.AsSpan(secStart, i - secStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out second))
                return false;
            if (minute > 59 || second >= 60) return false;
            if (hour > 24 || (hour == 24 && (minute != 0 || second != 0))) return false;
        }
        int? tz = null;
        if (i < s.Length)
        {
            if (s[i] == 'Z') { tz = 0; i++; }
            else if (s[i] is '+' or '-')
            {
                int sign = s[i] == '-' ? -1 : 1;
                i++;
                if (!TwoDigits(s, ref i, out int th) || !Expect(s, ref i, ':') || !TwoDigits(s, ref i, out int tm)) return false;
                if (tm > 59 || th > 14 || (th == 14 && tm != 0)) return false;
                tz = sign * (th * 60 + tm);
            }
        }
        if (i != s.Length) return false;
        value = new DateTimeValue { Kind = kind, Year = year, Month = month, Day = day, Hour = hour, Minute = minute, Second = second, TimezoneMinutes = tz };
        return true;
    }

    public static DateTimeValue FromOffset(DateTimeOffset now) => new()
    {
        Kind = DateTimeKind.DateTime,
        Year = now.Year,
        Month = now.Month,
        Day = now.Day,
        Hour = now.Hour,
        Minute = now.Minute,
        Second = now.Second + now.Millisecond / 1000m,
        TimezoneMinutes = (int)now.Offset.TotalMinutes,
    };

    /// <summary>Seconds since 0000-01-01T00:00:00 in the value's local time (timezone not applied).</summary>
    public decimal LocalSeconds => (DaysFromCivil(Year, Month, Day) * 86400m) + Hour * 3600 + Minute * 60 + Second;

    /// <summary>Seconds on the UTC timeline, taking the timezone as given or <paramref name="assumedOffsetMinutes"/>.</summary>
    public decimal InstantSeconds(int assumedOffsetMinutes = 0) => LocalSeconds - (TimezoneMinutes ?? assumedOffsetMinutes) * 60m;

    /// <summary>
    /// The XML Schema partial order: values with and without a timezone are compared assuming the one without lies
    /// anywhere in -14:00..+14:00; null when that leaves the order undetermined, or the kinds differ.
    /// </summary>
    public static int? Compare(DateTimeValue a, DateTimeValue b)
    {
        if (a.Kind != b.Kind) return null;
        if (a.TimezoneMinutes == b.TimezoneMinutes && a.Hour != 24 && b.Hour != 24) return CompareFields(a, b);
        if (a.TimezoneMinutes.HasValue == b.TimezoneMinutes.HasValue)
            return a.InstantSeconds().CompareTo(b.InstantSeconds());
        if (a.TimezoneMinutes.HasValue) return -Compare(b, a);
        // a has no timezone: it lies within [local - 14h, local + 14h] on the UTC timeline.
        decimal bi = b.InstantSeconds();
        decimal earliest = a.InstantSeconds(14 * 60), latest = a.InstantSeconds(-14 * 60);
        if (latest < bi) return -1;
        if (earliest > bi) return 1;
        return null;
    }

    /// <summary>Field-by-field order, valid when both values share one timezone (the common case; no arithmetic).</summary>
    private static int CompareFields(in DateTimeValue a, in DateTimeValue b)
    {
        int c = a.Year.CompareTo(b.Year);
        if (c == 0) c = a.Month.CompareTo(b.Month);
        if (c == 0) c = a.Day.CompareTo(b.Day);
        if (c == 0) c = (a.Hour * 60 + a.Minute).CompareTo(b.Hour * 60 + b.Minute);
        if (c == 0) c = a.Second.CompareTo(b.Second);
        return c;
    }

    /// <summary>The timezone as an <c>xsd:dayTimeDuration</c> lexical form ("PT0S", "-PT8H", "PT5H30M").</summary>
    public static string DurationOfOffset(int minutes)
    {
        if (minutes == 0) return "PT0S";
        var sb = new StringBuilder();
        if (minutes < 0) sb.Append('-');
        int abs = Math.Abs(minutes);
        sb.Append("PT");
        if (abs / 60 > 0) sb.Append(abs / 60).Append('H');
        if (abs % 60 > 0) sb.Append(abs % 60).Append('M');
        return sb.ToString();
    }

    /// <summary>The timezone as written in a lexical form: "Z", "-08:00", or "" when absent.</summary>
    public string TimezoneText
    {
        get
        {
            if (TimezoneMinutes is not int tz) return "";
            if (tz == 0) return "Z";
            int abs = Math.Abs(tz);
            return (tz < 0 ? "-" : "+") + (abs / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (abs % 60).ToString("00", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A canonical-style lexical form of this value for its kind.</summary>
    public string ToLexical()
    {
        var sb = new StringBuilder();
        if (Kind != DateTimeKind.Time)
        {
            if (Year < 0) sb.Append('-');
            sb.Append(Math.Abs(Year).ToString("0000", CultureInfo.InvariantCulture)).Append('-')
              .Append(Month.ToString("00", CultureInfo.InvariantCulture)).Append('-')
              .Append(Day.ToString("00", CultureInfo.InvariantCulture));
            if (Kind == DateTimeKind.DateTime) sb.Append('T');
        }
        if (Kind != DateTimeKind.Date)
        {
            sb.Append(Hour.ToString("00", CultureInfo.InvariantCulture)).Append(':')
              .Append(Minute.ToString("00", CultureInfo.InvariantCulture)).Append(':');
            var sec = Second.ToString(CultureInfo.InvariantCulture);
            if (sec.Contains('.')) sec = sec.TrimEnd('0').TrimEnd('.');
            if (Second < 10) sec = "0" + sec;
            sb.Append(sec);
        }
        sb.Append(TimezoneText);
        return sb.ToString();
    }

    public Literal ToLiteral() => Literal.Create(ToLexical(), Kind switch
    {
        DateTimeKind.Date => Vocab.Xsd.Date,
        DateTimeKind.Time => Vocab.Xsd.Time,
        _ => Vocab.Xsd.DateTime,
    });

    private static bool Expect(string s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c) return false;
        i++;
        return true;
    }

    private static bool TwoDigits(string s, ref int i, out int value)
    {
        value = 0;
        if (i + 2 > s.Length || !char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1])) return false;
        value = (s[i] - '0') * 10 + (s[i + 1] - '0');
        i += 2;
        return true;
    }

    private static bool IsLeapYear(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    private static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Days since 0000-03-01 style epoch for the proleptic Gregorian calendar (works for negative years).</summary>
    private static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe;
    }
}
